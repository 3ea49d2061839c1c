from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, t STRING, i INT, ts TIMESTAMP, m DECIMAL(10,2), b BOOLEAN, dt DATE, d DOUBLE, n DECIMAL(20,0)").json(INPUT)
result = df.groupBy("s").agg(expr("(max(0) - min(0)) AS a1"), F.sum(col("i")).alias("a2"), expr("max(get(split(s, ' '), 2)) AS a3"), F.count_if(F.array_contains(F.split(F.substring(F.date_format(col("ts"), "EEE"), 0, 1), ","), "a")).alias("a4"))
OUTPUT_MODE = "complete"
