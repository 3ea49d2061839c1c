from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.nullif((lit(3).cast("bigint") + col("id")), lit(86400).cast("bigint")).alias("c1"), expr("(nullif(CAST(b AS BIGINT), 0L) + i)").alias("c2"), expr("((m / 7) >= nvl2(octet_length(s), unix_timestamp(to_date('2025-03-01')), 1000L)) AS c3")).where("(b IS NOT NULL)")
OUTPUT_MODE = "append"
