from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.find_in_set(lit("a"), col("t")).alias("c1"), expr("CASE WHEN (n < 1.25) THEN TIMESTAMP'2024-02-29 00:00:00' WHEN b THEN ts WHEN b THEN ts END AS c2"), F.datediff(col("dt"), F.when(col("m").between(lit(100).cast("decimal(3,0)"), lit(100).cast("decimal(3,0)")), col("dt")).otherwise(col("dt"))).alias("c3"), expr("pmod(id, i)").alias("c4"))
OUTPUT_MODE = "append"
