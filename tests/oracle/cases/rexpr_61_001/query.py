from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("nvl2(k, (n < -3.10), CAST(NULL AS BOOLEAN))").alias("c1"), F.hour(F.date_trunc("QUARTER", F.nullif(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))).alias("c2"), expr("TRY_CAST(s AS TIMESTAMP)").alias("c3")).where((((col("n") < lit(.5).cast("decimal(2,1)")) & (col("i") <= lit(1))) | (col("i") != lit(-1))))
OUTPUT_MODE = "append"
