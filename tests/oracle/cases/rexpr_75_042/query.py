from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("dt").agg(F.count_if((col("dt").isNotNull() & col("f").isNotNull())).alias("a1"), F.sum(col("m")).alias("a2")).filter("a1 IS NOT NULL").orderBy("dt")
OUTPUT_MODE = "complete"
ORDERED = True
