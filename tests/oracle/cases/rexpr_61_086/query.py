from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(38,10), s STRING, t STRING, dt DATE, i INT, d DOUBLE, ts TIMESTAMP, b BOOLEAN").json(INPUT)
result = df.where((col("id").isNotNull() | (col("d") > lit(100.0)))).groupBy("i").agg(F.max(F.round(F.pow(col("i"), 0.5), 1)).alias("a1"), F.max(col("m")).alias("a2"), expr("min(i) AS a3"))
OUTPUT_MODE = "update"
