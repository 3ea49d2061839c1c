from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, k BIGINT, m DECIMAL(10,2), d DOUBLE, b BOOLEAN, dt DATE, i INT, ts TIMESTAMP, s STRING").json(INPUT)
result = df.filter((col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999")))).select(expr("(0.001 / nullif(m, 0))").alias("c1"), expr("(j != ((0.001 + m) / 10))").alias("c2"), expr("(m - m)")).filter((F.upper(col("s")).ilike("H%") | (col("s") <= lit("42"))))
OUTPUT_MODE = "append"
