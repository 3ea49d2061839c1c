from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(10,2), j INT, ts TIMESTAMP, t STRING, b BOOLEAN, dt DATE, i INT, s STRING, d DOUBLE").json(INPUT)
result = df.filter("((s LIKE 'H%') OR (ts IS NOT NULL))").groupBy("j").agg((F.max(F.aggregate(F.split(col("t"), " "), lit(0), lambda acc, x: acc + F.length(x))) - F.min(F.aggregate(F.split(col("t"), " "), lit(0), lambda acc, x: acc + F.length(x)))).alias("a1"), expr("count(dt) AS a2"), F.sum(F.when((col("d") != col("j")), col("i")).otherwise(lit(0))).alias("a3")).filter("a1 IS NOT NULL").orderBy("j")
OUTPUT_MODE = "complete"
ORDERED = True
