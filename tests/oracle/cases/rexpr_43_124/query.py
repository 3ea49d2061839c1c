from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, dt DATE, m DECIMAL(12,4), d DOUBLE, ts TIMESTAMP, j INT, s STRING, t STRING, b BOOLEAN").load(INPUT)
result = df.select("id", "ts", F.pmod(col("id"), lit(3)), (F.date_add((col("dt") + expr("INTERVAL '1-1' YEAR TO MONTH")), lit(10)).cast("timestamp") + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")).alias("c2"), F.next_day(col("dt"), "Mon").alias("c3"), expr("CASE WHEN (NOT (ts < TIMESTAMP'1999-12-31 23:59:59.999')) THEN (s > '2024-02-29') ELSE isnan(d) END AS c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c3 FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id DESC"]
