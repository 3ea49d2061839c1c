from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(20,0), ts TIMESTAMP, i INT, dt DATE, b BOOLEAN, m DECIMAL(10,2), s STRING, d DOUBLE").load(INPUT)
result = df.groupBy(expr("hash(i) AS k1"), expr("(0 * i) AS k2")).agg(F.avg(col("i")).alias("a1"), F.round(F.avg((col("n") * col("m"))), 3).alias("a2"), F.sum(F.when((lit(86400).cast("bigint") > col("m")), col("n")).otherwise(lit(0))).alias("a3"), F.round(F.avg(col("n")), 0).alias("a4")).filter("a1 IS NOT NULL").orderBy("k1", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
