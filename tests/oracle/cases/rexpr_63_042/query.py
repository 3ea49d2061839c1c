from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, t STRING, k BIGINT, i INT, n DECIMAL(5,3), d DOUBLE, b BOOLEAN, s STRING, dt DATE, m DECIMAL(10,2), j INT, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("nvl(CASE WHEN CASE WHEN b THEN (ts <= TIMESTAMP'1999-12-31 23:59:59.999') END THEN ts ELSE ts END, TIMESTAMP'2024-03-01 12:30:00.123456')")).withColumn("c2", F.trunc(col("t").try_cast("date"), "Q")).withColumn("c3", F.date_trunc("SECOND", col("ts"))).withColumn("d", (col("d") - col("i"))).withColumn("n", (-F.when((col("dt") < F.to_date(lit("2024-02-29"))), col("m")).otherwise(expr("100BD")))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
