from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, s STRING, b BOOLEAN, i INT, t STRING, ts TIMESTAMP, j INT, f FLOAT, n DECIMAL(4,1), m DECIMAL(7,0), d DOUBLE").load(INPUT)
result = df.select(F.nvl(col("d"), lit(2.0)).alias("c1"), F.hash(col("id")).alias("c2"), lit(1).cast("bigint").alias("c3"), ((col("id") + col("id")) + col("id")).alias("c4")).filter((F.left(lit("2024-02-29"), lit(1)).ilike("% %") | col("c2").isNull()))
OUTPUT_MODE = "append"
