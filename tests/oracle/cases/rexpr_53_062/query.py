from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("try_element_at(split(t, '[aeiou]'), 1) AS k1")).agg(F.count_if(F.when((col("k") <= lit(86400).cast("bigint")), col("b")).when((col("t") > lit("o")), col("b")).when(col("b"), col("b"))).alias("a1"), F.min((col("m") - (col("i") * col("m")))).alias("a2"), F.count_if(col("i").isin(lit(2), lit(10))).alias("a3"))
OUTPUT_MODE = "update"
