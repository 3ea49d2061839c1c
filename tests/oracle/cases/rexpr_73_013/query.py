from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("ts").isNotNull() | col("b")) | col("k").isNotNull())).withColumn("c1", expr("trunc(coalesce(dt, to_date('2025-03-01')), 'yy')")).withColumn("c2", (col("m") / col("i"))).withColumn("c3", F.when((col("dt") != col("ts")), (expr("99.99") % expr("2.5"))).otherwise((col("m") / F.nullif(lit(99.99).cast("decimal(4,2)"), lit(0))))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
