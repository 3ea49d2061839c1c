from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CASE WHEN (dt IS NOT NULL) THEN dt WHEN (s = ' ') THEN dt WHEN (dt IS NOT NULL) THEN dt ELSE dt END").alias("c1"), expr("unix_timestamp(dateadd((dt - INTERVAL -10 DAYS), i)) AS c2"), expr("(CASE WHEN (m IN (99.99, 100BD, -3.10)) THEN s ELSE right('42', 2) END NOT IN (' '))").alias("c3"), expr("(CASE WHEN (d IN (CAST('NaN' AS DOUBLE), 3.75D)) THEN TIMESTAMP'2024-02-29 00:00:00' WHEN (id <= 0L) THEN ts WHEN (i < 3) THEN ts ELSE ts END + INTERVAL 1 DAY)").alias("c4"))
OUTPUT_MODE = "append"
