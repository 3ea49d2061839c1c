from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.right(F.regexp_replace(col("s"), "[aeiou]", "*"), lit(1))).withColumn("c2", expr("least(ts, ts)")).withColumn("c3", expr("floor(CASE WHEN abs(round(0.001D, 3)) < 1e9D THEN round(0.001D, 3) END)")).withColumn("c4", F.abs(col("d"))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
