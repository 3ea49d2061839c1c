spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, i INT, f FLOAT, d DOUBLE, m DECIMAL(7,0), ts TIMESTAMP, dt DATE").load(INPUT)
result = df.select("id", "i", expr("CASE WHEN regexp_like('', '^[A-Z]') THEN CAST((m < 100BD) AS BIGINT) ELSE id END").alias("c1"), expr("floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)"), expr("CAST(unix_date(CASE WHEN (f < 100.0D) THEN dt WHEN (m < -3.10) THEN dt WHEN (f < 2.0D) THEN dt ELSE DATE'2025-03-01' END) AS DECIMAL(38,18))").alias("c3"), expr("CASE true WHEN false THEN (TRY_CAST(id AS DECIMAL(5,1)) / -4.5) WHEN true THEN ((m / 7) / 7) ELSE (abs(m) / 7.5) END").alias("c4"))
OUTPUT_MODE = "append"
