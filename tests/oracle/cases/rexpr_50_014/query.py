from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("s").agg(expr("datediff(max(dt), min(dt)) AS a1"), F.max(F.abs(col("d"))).alias("a2"))
OUTPUT_MODE = "update"
