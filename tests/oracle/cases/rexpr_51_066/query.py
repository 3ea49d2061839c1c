from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, i INT, m DECIMAL(10,2), ts TIMESTAMP, t STRING, d DOUBLE, b BOOLEAN, n DECIMAL(4,1), s STRING, f FLOAT").load(INPUT)
result = df.where(((F.coalesce(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) != col("dt")) | (col("id") >= lit(-2).cast("bigint")))).groupBy(expr("dayofmonth((ts + INTERVAL '1-2' YEAR TO MONTH)) AS k1"), expr("startswith(sha2(t, 256), ' ') AS k2")).agg(F.sum(F.when(col("f").isin(lit(0.5)), (F.nullif(col("i"), lit(0)) + (col("n") * col("m")))).otherwise(lit(0))).alias("a1"), expr("min(CASE WHEN b THEN dt WHEN b THEN to_date('2000-01-01') WHEN b THEN dt ELSE dt END) AS a2"), F.round(F.avg(F.weekofyear(col("dt"))), 0).alias("a3"), F.avg(lit(True).cast("double")).alias("a4"))
OUTPUT_MODE = "complete"
