from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(4,1), b BOOLEAN, i INT, s STRING, m DECIMAL(7,0), dt DATE, j INT, ts TIMESTAMP, d DOUBLE, t STRING").load(INPUT)
result = df.withColumn("c1", expr("round((CASE WHEN b THEN m WHEN (ts >= TIMESTAMP'2024-03-01 12:30:00.123456') THEN m WHEN b THEN n ELSE m END / nullif(m, 0)), 3)")).withColumn("ts", expr("(nullif(ts, TIMESTAMP'2024-02-29 00:00:00') - INTERVAL '1 02:03:04.000005' DAY TO SECOND)")).withColumn("c3", F.right(F.md5(lit("abc")), lit(4))).withColumn("dt", expr("CASE WHEN (dt = to_date('2024-02-29')) THEN dt WHEN (t < 'Hello') THEN dt WHEN b THEN to_date('2023-12-31') ELSE to_date('2000-01-01') END")).withColumn("c5", F.try_element_at(F.split(col("t"), ","), lit(2)).isin(lit("x-y"), lit("x-y"))).select("id", "c1", "c3", "c5").filter((col("t") >= lit("42")))
OUTPUT_MODE = "append"
