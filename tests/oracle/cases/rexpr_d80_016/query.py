from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(i * CAST((d BETWEEN 0.001D AND -1.5D) AS DECIMAL(20,0)))").alias("c1"), ((-F.size(F.array_distinct(F.split(F.split_part(col("s"), lit(" "), lit(3)), ",")))) - F.when(F.when((col("s") == lit("a")), col("ts").isNotNull()), (col("id") + lit(0))).when(lit(False), col("id"))).alias("c2"), expr("(from_unixtime(i) <=> CASE WHEN true THEN s ELSE '2024-02-29' END)").alias("c3"), F.nvl(F.lower(col("t")), lit("x-y")).alias("c4"), expr("CASE WHEN (t RLIKE 'o$') THEN false WHEN (d != nullif(id, -2L)) THEN (d <= 3.75D) WHEN (nvl2(86400L, s, s) IS NULL) THEN true ELSE (m <= 100BD) END AS c5")).filter("(d >= 3.75D)")
OUTPUT_MODE = "append"
