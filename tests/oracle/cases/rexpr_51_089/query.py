from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("((d / nullif(d, 0)) < i) AS k1"), "b").agg(expr("max(ts) AS a1"), F.avg(col("id")).alias("a2"), expr("round(avg(m), 2) AS a3"), F.count_if(col("b").isNotNull()).alias("a4"))
OUTPUT_MODE = "complete"
