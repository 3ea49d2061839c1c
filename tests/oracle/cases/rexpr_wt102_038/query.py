from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(id * 3.75D)")).withColumn("c2", expr("(date_trunc('SECOND', CASE WHEN b THEN ts WHEN b THEN ts ELSE TIMESTAMP'2024-02-29 00:00:00' END) + INTERVAL -3 DAYS)")).withColumn("c3", expr("(-3.10 - m)")).withColumn("c4", expr("CASE s WHEN 'o' THEN c1 ELSE 0.001D END")).withColumn("c5", expr("CAST(k AS INT)")).select("id", "c1", "c2", "c3", "c4", "c5").where((expr("CAST(INTERVAL '5-7' YEAR TO MONTH AS STRING)").endswith("") | col("ts").isNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
