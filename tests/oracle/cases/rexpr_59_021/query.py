from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("s").agg(expr("count_if((ts > dt)) AS a1"), F.count_if((col("s") != lit("2024-02-29"))).alias("a2"), expr("max(ts) AS a3"))
OUTPUT_MODE = "update"
