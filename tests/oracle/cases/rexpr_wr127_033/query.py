from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("to_timestamp_ltz(CAST(dt AS STRING))")).withColumn("c2", (col("id") * col("f"))).withColumn("dt", F.when((~F.coalesce(col("b"), lit(False))), col("dt")).otherwise(F.when(col("b"), col("dt")).when((col("j") != lit(1)), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")))).drop("j", "m", "s", "t", "b", "ts")
OUTPUT_MODE = "append"
