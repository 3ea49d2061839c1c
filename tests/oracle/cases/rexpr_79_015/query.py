from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.when(col("b"), F.when((col("f") != lit(float("nan"))), col("ts")).otherwise(F.to_timestamp(lit("2024-02-29 00:00:00")))).when((col("s") <= lit("x-y")), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).when((col("t") >= lit("abc")), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).otherwise(col("ts")).alias("c1"), F.when((~F.coalesce(col("b"), lit(False))), col("dt")).when(col("j").isNotNull(), col("dt")).when((col("id") > lit(3).cast("bigint")), col("dt")).otherwise(col("dt")).alias("c2"), F.least(F.timestamp_seconds(col("i")), F.to_timestamp(lit("2024-02-29 00:00:00"))).alias("c3"), (col("i") - col("d")).alias("c4"))
OUTPUT_MODE = "append"
