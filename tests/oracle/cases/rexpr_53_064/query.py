from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce((dt IS NOT NULL), true)").groupBy(col("i").alias("k1")).agg(expr("bool_and(b) AS a1"), expr("count('Hello') AS a2"), F.count_if(col("ts").isNull()).alias("a3"), F.count((col("id") * lit(5))).alias("a4"))
OUTPUT_MODE = "complete"
