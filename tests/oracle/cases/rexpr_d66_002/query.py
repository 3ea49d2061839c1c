from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, d DOUBLE, t STRING, b BOOLEAN, f FLOAT, dt DATE, i INT, j INT, s STRING, m DECIMAL(10,2)").json(INPUT)
result = df.select("id", F.nullif(F.timestamp_seconds(col("i")), F.to_timestamp(lit("2024-02-29 00:00:00"))).alias("c1"), expr("(-2L / -4)").alias("c2"), expr("nvl2(CAST(b AS DECIMAL(10,4)), j, 1) AS c3"), expr("(2 * i) AS c4"), expr("CASE WHEN b THEN timestamp_millis((- 3)) WHEN CASE WHEN b THEN b WHEN b THEN b ELSE b END THEN CAST(levenshtein(reverse(t), s) AS TIMESTAMP) ELSE (ts + INTERVAL '1-2' YEAR TO MONTH) END").alias("c5"))
OUTPUT_MODE = "append"
