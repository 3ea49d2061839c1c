from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(col("i").isNotNull()).groupBy(expr("CASE WHEN b THEN 'abc' ELSE format_string('%e', d) END AS k1")).agg(expr("max(CASE WHEN false THEN 0L ELSE 1L END) AS a1"), expr("datediff(max(greatest(to_date('2000-01-01'), dt)), min(greatest(to_date('2000-01-01'), dt))) AS a2"), F.round(F.avg(col("i")), 0).alias("a3"), F.sum(F.when((col("id").isNotNull() & col("b")), F.when((col("dt") != F.to_date(lit("2024-02-29"))), lit(0)).otherwise(col("i"))).otherwise(lit(0))).alias("a4"))
OUTPUT_MODE = "update"
