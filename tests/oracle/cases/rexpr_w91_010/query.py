from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("string(CAST(NULL AS BOOLEAN)) AS k1")).agg(F.count_if(col("i").isNull()).alias("a1"), F.count(F.lpad(col("s"), 8, "ab")).alias("a2"), F.sum(F.when(((col("i") - col("i")) < col("d")), col("m")).otherwise(lit(0))).alias("a3"))
OUTPUT_MODE = "update"
