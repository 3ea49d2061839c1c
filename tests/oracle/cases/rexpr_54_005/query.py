from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.when((col("j") >= lit(-1)), col("ts")).when(col("i").isNotNull(), col("ts")).when((col("t") == lit("x-y")), col("ts")).otherwise(col("ts")).alias("c1"), expr("trunc(nullif(dt, to_date('2024-02-29')), 'WEEK')"), (lit(0) - col("i")).alias("c3"), expr("CAST(k AS BOOLEAN)").alias("c4"), expr("((id % nullif(i, 0)) - dayofmonth(nullif(ts, TIMESTAMP'2024-02-29 00:00:00')))").alias("c5")).where("(isnan(exp(d)) OR (NOT b))")
OUTPUT_MODE = "append"
