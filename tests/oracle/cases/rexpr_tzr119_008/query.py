spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, s STRING, i INT, dt DATE, b BOOLEAN, f FLOAT, m DECIMAL(7,0), k BIGINT, n DECIMAL(5,3), t STRING, d DOUBLE").load(INPUT)
result = df.withColumn("c1", expr("dateadd(CASE WHEN (d <> 2.0D) THEN dt WHEN (array_join(split(s, '-'), '/') COLLATE UTF8_BINARY = 'Hello World') THEN dt WHEN (i >= d) THEN dt ELSE date_add(DATE'2000-01-01', -1) END, i)")).withColumn("c2", expr("date_trunc('DAY', (TIMESTAMP'2024-03-01 12:30:00.123456' - INTERVAL '1-2' YEAR TO MONTH))")).drop("ts", "s", "i", "b", "f", "n", "t")
OUTPUT_MODE = "append"
