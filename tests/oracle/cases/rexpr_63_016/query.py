from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(12,4), b BOOLEAN, j INT, i INT, n DECIMAL(5,3), d DOUBLE, dt DATE, ts TIMESTAMP, s STRING").json(INPUT)
result = df.filter(col("m").isNotNull()).groupBy(expr("hash(id, ts) AS k1")).agg(F.max(F.to_date(lit("2024-02-29"))).alias("a1"), F.sum(F.when(lit(12).between(lit(2), lit(5)), F.abs(col("n"))).otherwise(lit(0))).alias("a2"), (F.max(F.exp(col("i").cast("double"))) - F.min(F.exp(col("i").cast("double")))).alias("a3"))
OUTPUT_MODE = "complete"
