from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(col("s").alias("k1")).agg((F.max(F.abs(col("i")).cast("double")) - F.min(F.abs(col("i")).cast("double"))).alias("a1"), expr("min(dt) AS a2"), F.count_if((col("d") <= col("i"))).alias("a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
