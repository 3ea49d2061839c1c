from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, i INT, j INT, s STRING, dt DATE, k BIGINT, b BOOLEAN, m DECIMAL(10,2), ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("to_date('2000-01-01') AS k1"), "j").agg(expr("max(ts) AS a1"), F.round(F.avg((col("m") + col("m"))), 2).alias("a2"), (F.max(col("d")) - F.min(col("d"))).alias("a3"), F.count_if((~col("i").isin(lit(1), lit(5), lit(0)))).alias("a4"))
OUTPUT_MODE = "update"
