from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("k", expr("(CASE WHEN b THEN id END - id)")).withColumn("c2", (col("ts") - expr("INTERVAL 36 HOURS"))).withColumn("c3", F.ifnull(F.when((col("i") < lit(10)), F.to_timestamp(F.date_format(col("ts"), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss")).when((col("d") >= lit(3.75)), lit(5).cast("timestamp")).otherwise(col("ts")), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))
OUTPUT_MODE = "append"
