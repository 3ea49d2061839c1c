from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.when(col("i").between(lit(0), lit(10)), col("dt")).when((col("s") <= col("t")), col("dt")).when((col("i") < lit(3)), col("dt")).otherwise(F.add_months(col("dt"), col("i")))).withColumn("c2", expr("CASE coalesce(i, 7) WHEN 0 THEN (ts <> TIMESTAMP'2024-02-29 00:00:00') END")).withColumn("c3", F.coalesce(col("m"), lit(100).cast("decimal(3,0)"))).drop("m", "s", "t", "ts")
OUTPUT_MODE = "append"
