from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("try_subtract(bround((- d), 2), d)")).withColumn("c2", F.when(col("b"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).when(col("b"), col("ts")).when((col("t") < lit("abc")), col("ts"))).withColumn("c3", expr("CAST(t AS BOOLEAN)")).withColumn("c4", F.add_months(col("dt"), col("i")).cast("timestamp"))
OUTPUT_MODE = "append"
