from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, s STRING, d DOUBLE, m DECIMAL(10,2), k BIGINT, dt DATE, j INT, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", col("k").cast("boolean")).withColumn("m", expr("abs((1.25 / nullif(m, 0)))")).withColumn("c3", expr("date_trunc('WEEK', (ts - INTERVAL 1 DAY))")).withColumn("c4", col("d")).drop("i", "s", "d", "k", "dt", "ts").where("(CAST(3L AS BOOLEAN) OR (s IS NOT NULL))")
OUTPUT_MODE = "append"
