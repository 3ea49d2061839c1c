from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when((col("d") >= lit(0.1)), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).when((col("i") < col("id")), F.to_timestamp(lit("2024-02-29 00:00:00"))).when((col("dt") >= F.to_date(lit("2023-12-31"))), col("ts")).otherwise(col("ts"))).withColumn("c2", expr("make_date(2023, pmod(i, 12) + 1, 28)")).withColumn("c3", expr("CASE WHEN b THEN s WHEN (d BETWEEN 100.0D AND 0.1D) THEN s WHEN (dt <> DATE'2025-03-01') THEN t ELSE t END")).withColumn("c4", expr("date_trunc('MONTH', ts)")).select("id", "c1", "c2", "c3", "c4").filter((F.coalesce(F.startswith(col("s"), lit(" ")), F.equal_null(col("i"), lit(0)), lit(True)) | lit("").isNull()))
OUTPUT_MODE = "append"
