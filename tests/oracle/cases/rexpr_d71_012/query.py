from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce(nvl2((ts - INTERVAL '90' MINUTE), (NOT true), false), true)").selectExpr("id", "CASE WHEN b THEN m WHEN (ts = TIMESTAMP'2024-03-01 12:30:00.123456') THEN (m / 7.5) WHEN (t RLIKE '^$') THEN m ELSE m END", "overlay(repeat(lpad(t, 6, ' '), 3) PLACING 'xx' FROM 1 FOR 2) AS c2")
OUTPUT_MODE = "append"
