from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "m", expr("(NOT ((m / nullif(j, 0)) IN (0.001))) AS c1"), F.pow(col("i"), 3.0).alias("c2"))
OUTPUT_MODE = "append"
