spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("s") > lit("42"))).select("id", F.abs(F.ifnull(col("d"), lit(0.1))).alias("c1"), expr("(i - CASE WHEN b THEN m ELSE m END) AS c2"), expr("date_add((CASE WHEN b THEN dt WHEN b THEN dt ELSE to_date('2025-03-01') END + INTERVAL '1-1' YEAR TO MONTH), i)").alias("c3"), ((((col("m") * col("m")) / F.nullif(col("m"), lit(0))) + col("m")) / F.nullif((col("m") + col("m")), lit(0))).alias("c4")).where(F.coalesce((~col("b")), lit(True)))
OUTPUT_MODE = "append"
