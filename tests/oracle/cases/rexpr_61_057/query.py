from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, i INT, m DECIMAL(10,2), j INT, n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP, d DOUBLE").json(INPUT)
result = df.withColumn("c1", F.coalesce(col("id"), lit(1).cast("bigint"))).withColumn("c2", F.sha2(F.repeat(col("s"), 1), 224)).withColumn("c3", F.floor(F.when(F.abs(F.round(F.nullif(col("d"), lit(3.75)), 3)) < lit(1e9), F.round(F.nullif(col("d"), lit(3.75)), 3)))).drop("b", "i", "n", "s", "dt", "d").filter("(NOT coalesce((dateadd(dt, -1) IS NULL), false))")
OUTPUT_MODE = "append"
