from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.dayofweek(col("ts").cast("date")).alias("k1"), "dt").agg(expr("max(s) AS a1"), expr("datediff(max(dt), min(dt)) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
