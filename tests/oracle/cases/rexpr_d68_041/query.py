from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, d DOUBLE, s STRING, k BIGINT, m DECIMAL(18,6), t STRING, i INT, ts TIMESTAMP, b BOOLEAN").load(INPUT)
result = df.filter("coalesce((m BETWEEN 0.001 AND 100BD), true)").groupBy(F.date_format(col("ts"), "D").contains(" ").alias("k1")).agg(expr("sum((m * d)) AS a1"), F.avg(col("id")).alias("a2"), expr("(max(try_subtract((m * m), m)) - min(try_subtract((m * m), m))) AS a3"), F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a4"))
OUTPUT_MODE = "update"
