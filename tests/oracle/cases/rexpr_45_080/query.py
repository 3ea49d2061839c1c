from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, d DOUBLE, t STRING, m DECIMAL(7,0), ts TIMESTAMP, i INT, dt DATE, j INT, k BIGINT, s STRING").load(INPUT)
result = df.groupBy("b").agg(expr("avg((i / nullif(round(d, 3), 0))) AS a1"), expr("round(avg(nullif(d, -1.5D)), 3) AS a2"), F.sum(col("id")).alias("a3"), F.count_if(((col("j") == F.when(col("b"), col("d")).otherwise(col("d"))) | col("b"))).alias("a4"))
OUTPUT_MODE = "update"
