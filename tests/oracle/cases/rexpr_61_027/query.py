from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("dt") == F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) | col("j").isNotNull())).selectExpr("id", "next_day(CAST(date_trunc('QUARTER', try_to_timestamp(s)) AS DATE), 'TU') AS c1", "CASE WHEN CASE WHEN (d <= 2.0D) THEN (id < 3L) WHEN (id IS NOT NULL) THEN b ELSE b END THEN greatest(s, s, s) END AS c2", "ifnull(round((m - m), 0), CAST(NULL AS DECIMAL(10,2))) AS c3", "(dt <> date_add(date_sub(dt, i), pmod(i, 10))) AS c4").filter((col("ts") != F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))
OUTPUT_MODE = "append"
