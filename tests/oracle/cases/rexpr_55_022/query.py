from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("isnan(d)")).withColumn("c2", expr("d")).withColumn("c3", (col("i") - F.nullif(col("id"), lit(-2).cast("bigint")))).withColumn("c4", F.unix_timestamp(col("dt").cast("timestamp"))).withColumn("c5", F.unix_timestamp((col("dt") - expr("INTERVAL 1 MONTH")))).drop("i", "d", "m", "s", "ts")
OUTPUT_MODE = "append"
