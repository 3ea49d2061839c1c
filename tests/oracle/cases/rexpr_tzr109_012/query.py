spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(18,6), ts TIMESTAMP, d DOUBLE, s STRING, b BOOLEAN, dt DATE, i INT").load(INPUT)
result = df.filter((col("dt") != F.to_date(lit("2024-02-29")))).withColumn("b", F.when(col("b"), expr("xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7')")).when(col("b"), expr("arrays_overlap(array(i), array(CAST(NULL AS INT), 3))")).otherwise((col("b") | lit(False)))).withColumn("c2", expr("TRY_CAST(id AS INT)")).withColumn("c3", expr("sequence(5, abs(character_length(s)) % 5, -2)")).withColumn("c4", F.nvl2(col("i"), col("id"), lit(None).cast("bigint"))).withColumn("c5", expr("crc32(schema_of_csv('1,abc,2.5,true'))"))
OUTPUT_MODE = "append"
