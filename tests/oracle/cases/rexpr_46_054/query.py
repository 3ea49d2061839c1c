from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(b <=> true)"), expr("concat(t, CAST(id AS STRING), trim(t)) AS c2"), F.date_trunc("MINUTE", F.least(F.to_timestamp(lit("2024-02-29 00:00:00")), col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999")))).alias("c3"), expr("regexp_extract(CASE WHEN CAST(id AS BOOLEAN) THEN rtrim(from_unixtime(i, 'yyyy-MM-dd HH:mm:ss')) WHEN b THEN concat_ws(', ', s, t, s) WHEN (b AND b) THEN regexp_extract(t, '([0-9]+)', 1) END, '([a-z]+)', 1)").alias("c4"), (col("m") - ((col("m") + col("m")) / F.nullif((col("n") / lit(3)), lit(0)))).alias("c5")).filter("(endswith(array_join(split(s, ','), ''), 'o') OR (m IS NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c4 FROM rexpr_q ORDER BY id DESC"]
