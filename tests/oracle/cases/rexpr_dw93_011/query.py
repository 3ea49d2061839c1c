from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((~F.coalesce((col("d").isin(lit(0.1)) & col("s").rlike("^$")), lit(False)))).withColumn("m", F.try_subtract((col("n") - col("m")), (col("i") + (expr("99.99") / F.nullif(col("j"), lit(0)))))).withColumn("c2", F.nullif(col("d"), lit(0.1)))
OUTPUT_MODE = "append"
