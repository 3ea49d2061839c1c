from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, f FLOAT, m DECIMAL(12,4), dt DATE, i INT, t STRING, b BOOLEAN, ts TIMESTAMP, k BIGINT, s STRING, d DOUBLE").load(INPUT)
result = df.groupBy("i", expr("(ascii(CAST(NULL AS STRING)) + i) AS k2")).agg(F.sum(F.when((col("m") != lit(-3.10).cast("decimal(3,2)")), (lit(0) * lit(3))).otherwise(lit(0))).alias("a1"), expr("round(avg(bit_length(s)), 3) AS a2"), expr("(max(months_between(try_to_timestamp(s), dt)) - min(months_between(try_to_timestamp(s), dt))) AS a3"), F.count_if((col("b") | col("b"))).alias("a4")).orderBy("i", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
