from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(F.to_timestamp(F.date_format(F.to_timestamp(lit("1999-12-31 23:59:59.999")), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss").alias("c1"), expr("CASE month(dt) WHEN -1 THEN hash(m, id) ELSE pmod(i, -4) END").alias("c2"))
OUTPUT_MODE = "append"
