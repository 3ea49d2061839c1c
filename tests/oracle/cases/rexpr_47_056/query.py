from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.sign((lit(5) + col("i"))).alias("k1")).agg(expr("max((-2L - i)) AS a1"), F.sum(F.when(col("b"), F.pmod(col("id"), F.nullif(col("i"), lit(0))))).alias("a2"), expr("max((m * m * m * m * m)) AS a3"))
OUTPUT_MODE = "complete"
