from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("(i * 2) AS k1")).agg(F.max(F.when(col("dt").isNotNull(), lit(float("nan"))).when(col("b"), col("d")).when(col("b"), col("d")).otherwise(col("d"))).alias("a1"), (F.max(col("i")) - F.min(col("i"))).alias("a2"), expr("max(make_date(year(dt), 2, 30)) AS a3"))
OUTPUT_MODE = "complete"
