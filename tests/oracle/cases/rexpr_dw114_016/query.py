from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(((id <= -2L) OR (dt >= to_date('2025-03-01'))) OR (d >= 100.0D))").withColumn("c1", expr("next_day(dt, 'Mon')")).withColumn("i", ((col("i") - col("i")) - F.abs(col("i")))).withColumn("c3", col("ts").isNotNull()).drop("k", "d", "f", "m", "n", "s", "ts")
OUTPUT_MODE = "append"
