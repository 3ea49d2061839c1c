from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(nullif(to_timestamp(date_format(nullif(ts, TIMESTAMP'2024-02-29 00:00:00'), 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss'), TIMESTAMP'2024-03-01 12:30:00.123456') - INTERVAL '1 02:03:04.000005' DAY TO SECOND)")).withColumn("c2", expr("to_date(t)")).withColumn("c3", expr("CASE WHEN (d IS NOT NULL) THEN dt WHEN (n > 99.99) THEN dt ELSE dt END")).withColumn("c4", F.when(col("d").isNotNull(), col("id")).when((col("c1") == F.to_timestamp(lit("2024-02-29 00:00:00"))), lit(-2).cast("bigint")).otherwise(col("id"))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
