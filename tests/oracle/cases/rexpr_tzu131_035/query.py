spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("try_to_number(t, '999.99')")).withColumn("c2", F.character_length(expr("to_xml(named_struct('_id', i, 'v', t, 'n', named_struct('m', n)), map('rowTag', 'r'))"))).withColumn("c3", expr("char(CAST(i AS BIGINT) + 256)")).withColumn("c4", F.try_to_timestamp(col("s")))
OUTPUT_MODE = "append"
