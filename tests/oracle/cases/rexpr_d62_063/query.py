from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(CASE WHEN b THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN (d = 2.0D) THEN ts WHEN (id = 86400L) THEN ts ELSE TIMESTAMP'2024-02-29 00:00:00' END != date_sub(dt, i))")).withColumn("c2", col("s").try_cast("timestamp")).withColumn("c3", expr("(CASE WHEN (dt >= DATE'2023-12-31') THEN 1L WHEN (s IS NOT NULL) THEN id END DIV nullif((i - i), 0))")).withColumn("c4", expr("(id / i)")).withColumn("c5", F.repeat(F.left(col("s"), lit(1)), -1)).withColumn("c6", expr("(m * i)")).drop("i", "j", "d", "ts")
OUTPUT_MODE = "append"
