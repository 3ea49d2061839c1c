from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.char_length(col("t")).alias("k1"), expr("pow(datediff(ts, dt), 0.5) AS k2")).agg(expr("(max((i - m)) - min((i - m))) AS a1"), F.min(col("m")).alias("a2"), F.sum(F.when((col("b") | col("b")), col("n")).otherwise(lit(0))).alias("a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last(), col("k2").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
