from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("TRY_CAST(s AS DATE)")).withColumn("b", expr("(ts < dt)")).withColumn("c3", F.nullif(F.greatest(col("d"), col("d")), lit(100.0))).withColumn("c4", F.ceil(F.bround((col("m") - col("m")), 3))).withColumn("c5", (col("i") + col("d"))).drop("i", "d", "m", "s", "dt").filter((F.replace(col("s"), lit(" "), lit("")).eqNullSafe(col("s")) | (col("m") < lit(1.25).cast("decimal(3,2)"))))
OUTPUT_MODE = "append"
