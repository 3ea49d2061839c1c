from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("b").agg(expr("datediff(max(dt), min(dt)) AS a1"), expr("sum(i) AS a2"), F.count((col("m") * col("i"))).alias("a3"), expr("sum(CASE WHEN if((m IS NOT NULL), (i <= -1), (b IS NOT TRUE)) THEN m ELSE 0 END) AS a4"))
OUTPUT_MODE = "complete"
