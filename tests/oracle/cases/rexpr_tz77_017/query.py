spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("id") < lit(1).cast("bigint"))).select("id", expr("CASE WHEN ((m IS NOT NULL) OR (i <= 1)) THEN dt WHEN (true AND (s < 'o')) THEN dt WHEN (t <> s) THEN dt ELSE dt END"), F.when(lit("42").rlike("[aeiou]{2}"), F.to_timestamp(F.date_format(col("ts"), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss")).when((col("i") == lit(10)), col("i").cast("timestamp")).otherwise(F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c2")).where((((col("t") >= lit("x-y")) == lit(False)) | (col("ts") > F.to_timestamp(lit("2024-03-01 12:30:00.123456")))))
OUTPUT_MODE = "append"
