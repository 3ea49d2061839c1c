from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(F.coalesce((col("id").isNotNull() != col("b")), lit(True))).withColumn("s", ((col("t") > lit("2024-02-29")) >= col("n").isNotNull()).cast("string")).withColumn("c2", expr("(date_trunc('MINUTE', coalesce(ts, TIMESTAMP'2024-03-01 12:30:00.123456')) - INTERVAL '1-2' YEAR TO MONTH)"))
OUTPUT_MODE = "append"
