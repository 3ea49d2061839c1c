from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("dateadd(date_sub(CASE WHEN b THEN trunc(dt, 'mon') WHEN b THEN dt WHEN b THEN (dt - INTERVAL 1 MONTH) END, i), i)")).withColumn("c2", (col("i") + col("j"))).withColumn("c3", expr("get(split(repeat(s, 1), ','), 2)")).withColumn("s", expr("concat(c3, '日本', c3)")).withColumn("c5", expr("months_between(date_sub(dateadd(add_months(dt, i), i), i), dt)")).withColumn("c6", expr("((0.5 - m) / 10)")).select("id", "c1", "c2", "c3", "c5", "c6")
OUTPUT_MODE = "append"
