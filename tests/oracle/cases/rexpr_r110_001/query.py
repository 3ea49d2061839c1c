from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("s").try_cast("boolean") | (col("ts") < F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))).withColumn("c1", expr("from_json(CAST(aes_decrypt(aes_encrypt('42', '0123456789abcdef'), '0123456789abcdef') AS STRING), 'a INT, b ARRAY<STRING>')")).withColumn("c2", F.try_to_timestamp(col("s"))).withColumn("c3", F.collation(col("s"))).select("id", "c1", "c2", "c3").where(F.coalesce(col("s").isNotNull(), lit(True)))
OUTPUT_MODE = "append"
