from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (round((i - m), -1) BETWEEN 99.99 AND 100BD) THEN ts ELSE to_timestamp(date_format(least(ts, TIMESTAMP'1999-12-31 23:59:59.999'), 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') END")).withColumn("c2", F.isnan(F.months_between(F.when((col("m") <= lit(.001).cast("decimal(4,3)")), col("ts")).when((col("s") >= lit("Hello")), col("ts")).otherwise(col("ts")), col("dt"), False))).drop("i", "d", "m", "n", "t", "dt", "ts").filter("(t IS NOT NULL)")
OUTPUT_MODE = "append"
