from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, d DOUBLE, m DECIMAL(38,10), ts TIMESTAMP, t STRING, s STRING, n DECIMAL(20,0), k BIGINT, b BOOLEAN, i INT, j INT").json(INPUT)
result = df.groupBy(expr("size(split(s, ',')) AS k1"), F.when((col("dt") < F.to_date(lit("2024-02-29"))), lit(10)).when(col("b"), col("j")).otherwise(col("i")).alias("k2")).agg(expr("(max(coalesce(n, 12.345)) - min(coalesce(n, 12.345))) AS a1"), (F.max(col("i")) - F.min(col("i"))).alias("a2"), expr("sum((m / nullif(i, 0))) AS a3"), expr("sort_array(collect_set((i * 0))) AS a4"))
OUTPUT_MODE = "update"
