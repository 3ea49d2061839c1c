from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), t STRING, dt DATE, ts TIMESTAMP, s STRING, b BOOLEAN").load(INPUT)
result = df.groupBy((col("i") * lit(2)).alias("k1"), "j").agg(F.round(F.avg(F.length(col("s"))), 3).alias("a1"), F.max(col("t")).alias("a2"), F.round(F.avg(F.ceil(expr("0.001"))), 3).alias("a3"))
OUTPUT_MODE = "update"
