from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, t STRING, k BIGINT, j INT, m DECIMAL(18,6), i INT, b BOOLEAN, n DECIMAL(5,3), f FLOAT, ts TIMESTAMP, d DOUBLE, s STRING").json(INPUT)
result = df.where((col("t") == lit("x-y"))).select("id", expr("pmod(id, nullif(j, 0))").alias("c1"), expr("make_timestamp(year((to_date('2024-02-29') - INTERVAL 2 YEARS)), month((to_date('2024-02-29') - INTERVAL 2 YEARS)), dayofmonth((to_date('2024-02-29') - INTERVAL 2 YEARS)), 23, 0, 15.5)"), (~col("dt").isNotNull()).alias("c3"), (col("id") / F.nullif((col("i") / lit(-4)), lit(0))).alias("c4")).where("(dt < to_date('2000-01-01'))")
OUTPUT_MODE = "append"
