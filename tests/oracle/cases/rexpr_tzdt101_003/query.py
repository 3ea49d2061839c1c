spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(col("s").try_cast("timestamp").alias("c1"), F.when((col("id") == lit(86400).cast("bigint")), col("ts")).when((col("k") < lit(0).cast("bigint")), col("ts")).otherwise(col("ts")).alias("c2"), lit(10).try_cast("decimal(6,3)").alias("c3")).where((((col("c2") >= F.to_timestamp(lit("2024-02-29 00:00:00"))) & (col("c1") < F.to_timestamp(lit("2024-03-01 12:30:00.123456")))) | col("c3").isNull()))
OUTPUT_MODE = "append"
