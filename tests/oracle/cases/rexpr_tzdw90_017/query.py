spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, d DOUBLE, dt DATE, i INT, ts TIMESTAMP, s STRING, j INT, m DECIMAL(7,0), n DECIMAL(5,3)").json(INPUT)
result = df.withColumn("ts", expr("(CASE try_element_at(split(s, ','), 1) WHEN '2024-02-29' THEN (ts + INTERVAL 36 HOURS) END - INTERVAL '1-2' YEAR TO MONTH)")).withColumn("c2", F.ifnull(col("id"), lit(0).cast("bigint"))).drop("b", "d", "dt", "i", "s", "n")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT ts, m FROM rexpr_q ORDER BY id"]
