from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, dt DATE, ts TIMESTAMP, m DECIMAL(10,2), k BIGINT, t STRING, s STRING, n DECIMAL(9,5), b BOOLEAN, j INT, i INT").json(INPUT)
result = df.where("(NOT coalesce(b, false))").groupBy("i").agg(expr("count_if((i <= id)) AS a1"), F.count(col("i").cast("timestamp")).alias("a2"), (F.max(F.log(10.0, col("m"))) - F.min(F.log(10.0, col("m")))).alias("a3"), (F.max(F.round(col("m"))) - F.min(F.round(col("m")))).alias("a4")).orderBy("i")
OUTPUT_MODE = "complete"
ORDERED = True
