from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, b BOOLEAN, m DECIMAL(38,10), d DOUBLE, ts TIMESTAMP, s STRING, j INT, n DECIMAL(9,5), i INT, k BIGINT").load(INPUT)
result = df.where("(d >= 0.001D)").groupBy(F.date_add(col("dt"), lit(3)).alias("k1")).agg(F.min(F.coalesce(col("i"), lit(2))).alias("a1"), F.sum(F.pmod(col("n"), F.nullif(col("n"), lit(0)))).alias("a2"), F.count_if((F.try_divide(col("d"), col("i")) <= col("i"))).alias("a3"))
OUTPUT_MODE = "complete"
