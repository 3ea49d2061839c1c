from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("try_element_at(split(s, ' '), 1)").alias("c1"), expr("(10 - i)").alias("c2"), F.coalesce(col("dt"), col("i")).alias("c3"), expr("(b = true)").alias("c4"), expr("add_months(trunc(dt, 'WEEK'), (- 2)) AS c5"))
OUTPUT_MODE = "append"
