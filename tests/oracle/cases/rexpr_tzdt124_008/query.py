spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("base64(t)")).withColumn("c2", F.when(col("b"), col("id")).when(col("b"), col("id")).when(col("b"), col("id")).otherwise(col("id")).try_cast("decimal(12,2)")).withColumn("c3", expr("CAST(extract(DAY FROM (dt - TIMESTAMP'2024-02-29 00:00:00')) AS INT)")).drop("m", "s", "t", "b", "dt", "ts")
OUTPUT_MODE = "append"
