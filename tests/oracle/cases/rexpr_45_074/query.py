from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(NOT coalesce(b, false))").groupBy((col("b") & col("b")).alias("k1")).agg(expr("(max((i * 3)) - min((i * 3))) AS a1"), (F.max(F.abs((col("i") / lit(3)))) - F.min(F.abs((col("i") / lit(3))))).alias("a2"))
OUTPUT_MODE = "update"
