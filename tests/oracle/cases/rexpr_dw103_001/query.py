from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("last_day(to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd')) AS c1"), expr("(nullif(d, 0.001D) + sign(f)) AS c2"), col("i").between(lit(-1), lit(2)).alias("c3"), expr("CASE WHEN b THEN nullif(TIMESTAMP'1999-12-31 23:59:59.999', TIMESTAMP'2024-03-01 12:30:00.123456') WHEN (i <=> k) THEN CASE WHEN isnull(i) THEN (ts - INTERVAL '1-2' YEAR TO MONTH) WHEN b THEN CAST(dt AS TIMESTAMP) WHEN (dt IS NOT NULL) THEN ts ELSE ts END WHEN (ts IS NOT NULL) THEN ts ELSE ts END").alias("c4")).where("(NOT coalesce((f <= 12.345), false))")
OUTPUT_MODE = "append"
