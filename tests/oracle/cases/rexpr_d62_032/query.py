from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.second(col("ts")).cast("boolean")).withColumn("c2", expr("greatest(timestamp_millis(-1), (CASE WHEN false THEN ts ELSE timestamp_millis(i) END + INTERVAL '1-2' YEAR TO MONTH), least(date_trunc('yyyy', ts), date_trunc('DAY', CAST(dt AS TIMESTAMP))))")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id"]
