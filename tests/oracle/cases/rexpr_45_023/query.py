from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(col("j").alias("k1")).agg(expr("round(avg(m), 2) AS a1"), F.round(F.avg(((col("m") - col("m")) + col("m"))), 0).alias("a2"), expr("sum((m / nullif(n, 0))) AS a3"), F.datediff(F.max(F.to_date(lit("2025-03-01"))), F.min(F.to_date(lit("2025-03-01")))).alias("a4"))
OUTPUT_MODE = "update"
