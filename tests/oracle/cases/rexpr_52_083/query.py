from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, s STRING, i INT, dt DATE, ts TIMESTAMP, t STRING, j INT, m DECIMAL(18,6)").load(INPUT)
result = df.withColumn("c1", F.bround((col("m") / F.nullif(col("m"), lit(0))), 1)).withColumn("c2", expr("nullif((id / nullif(d, 0)), 0.001D)")).withColumn("c3", F.greatest(col("i"), col("j"), col("j"))).withColumn("c4", expr("((CAST(make_date(2024, 12, 28) AS TIMESTAMP) + INTERVAL 36 HOURS) + INTERVAL '1-2' YEAR TO MONTH)")).withColumn("c5", lit(-1.5)).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id DESC"]
