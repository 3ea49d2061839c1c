from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((~F.coalesce(col("b"), lit(False)))).withColumn("c1", F.when((col("m") == expr("99.99")), col("id")).when((col("dt") < F.to_date(lit("2023-12-31"))), col("id")).when(col("b"), lit(1).cast("bigint")).otherwise(col("id"))).withColumn("c2", (-col("i"))).withColumn("c3", expr("date_trunc('SECOND', nullif(ts, TIMESTAMP'2024-02-29 00:00:00'))")).withColumn("c4", (F.year(F.to_date(lit("2024-02-29"))) * (lit(1.25).cast("decimal(3,2)") - col("m")))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
