from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "dt", expr("make_date(2024, i, 1) AS c1"), F.when(col("b"), col("d")).when(col("b"), col("d")).otherwise(col("d")).alias("c2"), expr("coalesce(t, ' ')").alias("c3"))
OUTPUT_MODE = "append"
