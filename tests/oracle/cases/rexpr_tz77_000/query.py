spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", ((lit(10) * col("i")).cast("timestamp") + expr("INTERVAL 36 HOURS"))).withColumn("dt", F.when((col("ts") != F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), col("dt")).when(col("b"), col("dt")).when((col("s") > lit("abc")), col("dt")).otherwise(col("dt"))).withColumn("c3", F.when(col("b"), col("id")).when(col("b"), col("id")).when(col("b"), col("k")).otherwise(col("k")))
OUTPUT_MODE = "append"
