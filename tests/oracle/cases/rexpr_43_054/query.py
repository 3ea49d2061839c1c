from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("b").isNotNull() <= col("b")) | (~col("b")))).selectExpr("id", "concat(CASE WHEN b THEN '42' ELSE s END, try_element_at(split(s, '-'), -1))", "(greatest(m, (m % nullif(m, 0)), (99.99 - m)) * (i * m)) AS c2")
OUTPUT_MODE = "append"
