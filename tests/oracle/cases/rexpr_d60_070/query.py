from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("i") - col("i")).alias("c1"), (col("id") - col("id")).alias("c2"), F.coalesce((col("d") / F.nullif(lit(3.75), lit(0))), lit(0.001)).alias("c3"), col("b").cast("decimal(5,1)").alias("c4"))
OUTPUT_MODE = "append"
