from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((~F.coalesce((col("b") != (~col("b"))), lit(False)))).groupBy(expr("is_valid_utf8(unhex('C328')) AS k1"), "j").agg(expr("count(positive(coalesce(1.25, -3.10))) AS a1"), expr("median(least(m, 0.001, CASE WHEN (j >= 3) THEN m WHEN (i IS NOT NULL) THEN m ELSE m END)) AS a2"), expr("try_sum(m)").alias("a3"), expr("bit_and(i) AS a4"), F.max(expr("array_repeat(s, 2147483647)")).alias("a5"))
OUTPUT_MODE = "complete"
