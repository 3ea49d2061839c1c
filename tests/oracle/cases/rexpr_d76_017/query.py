from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, i INT, f FLOAT, d DOUBLE, s STRING, m DECIMAL(12,4), dt DATE, ts TIMESTAMP, j INT, b BOOLEAN").load(INPUT)
result = df.select("id", "s", expr("CAST(date_trunc('MINUTE', ts) AS BIGINT) AS c1"), col("j").isNotNull().cast("decimal(5,1)").isNotNull().alias("c2"), (F.timestamp_seconds(col("i")) + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")).alias("c3"), F.when(col("b"), col("t")).otherwise(col("s")).alias("c4"), expr("((ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND) - INTERVAL -3 DAYS)").alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c3 ASC NULLS FIRST, id DESC"]
