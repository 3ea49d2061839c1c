from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("d AS k1")).agg(F.count_if((col("b") | col("b"))).alias("a1"), (F.max(F.datediff(F.to_date(lit("2024-02-29")), col("ts"))) - F.min(F.datediff(F.to_date(lit("2024-02-29")), col("ts")))).alias("a2")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
