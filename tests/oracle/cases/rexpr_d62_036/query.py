from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((~F.coalesce(col("b"), lit(False)))).withColumn("c1", expr("CASE WHEN b THEN ts WHEN b THEN ts WHEN (s >= 'a') THEN ts ELSE ts END")).withColumn("c2", expr("CASE WHEN (dt >= to_date('2000-01-01')) THEN TIMESTAMP'2024-02-29 00:00:00' WHEN b THEN ts WHEN (m > 12.345) THEN ts ELSE ts END")).withColumn("c3", expr("CASE substring(s, 2, 0) WHEN 'o' THEN (nullif(c1, TIMESTAMP'2024-03-01 12:30:00.123456') - INTERVAL '1 02:03:04.000005' DAY TO SECOND) ELSE to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') END")).withColumn("c4", expr("(d <> CAST(NULL AS DECIMAL(10,2)))")).drop("d", "m", "n", "s", "t").filter(col("c1").isNotNull())
OUTPUT_MODE = "append"
