from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(dt <= DATE'2025-03-01')").groupBy(col("id").cast("string").alias("k1"), "s").agg(expr("round(avg(99.99), 2) AS a1"), expr("max(floor(d * 1e10D)) AS a5"), expr("count(CASE WHEN (j > 5) THEN i ELSE CAST((ts IS NOT NULL) AS INT) END) AS a2"), F.count_if((col("j") <= lit(3))).alias("a3"), expr("round(avg(least((i * 0), i, length(s))), 0) AS a4"))
OUTPUT_MODE = "update"
