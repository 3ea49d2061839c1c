from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(col("i").alias("k1")).agg(expr("(max(99.99) - min(99.99)) AS a1"), expr("(max(i) - min(i)) AS a2"), F.min(col("id")).alias("a3"))
OUTPUT_MODE = "update"
