from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("i").agg(F.round(F.avg(col("n")), 2).alias("a1"), F.round(F.avg(F.nullif((col("m") + col("d")), lit(-1.5))), 3).alias("a2"))
OUTPUT_MODE = "complete"
