from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((expr("(s COLLATE UTF8_BINARY = 'Hello World')") | (col("m") != expr("0.5")))).groupBy(F.make_date(lit(2024), lit(12), lit(1)).alias("k1"), expr("d AS k2")).agg(expr("hex(count_min_sketch(CAST(i AS BIGINT), 0.4D, 0.6D, 42))").alias("a1"), expr("round(skewness(i), 6)").alias("a2"), F.count(F.expr("(i | 3)").cast("int")).alias("a3"))
OUTPUT_MODE = "update"
