from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, m DECIMAL(18,6), dt DATE, b BOOLEAN, s STRING, n DECIMAL(20,0), ts TIMESTAMP, i INT, f FLOAT").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN CASE WHEN regexp_like(s, '[0-9]+') THEN (s RLIKE 'o$') WHEN (id IS NOT NULL) THEN b END THEN date_trunc('DAY', ts) WHEN (n IS NOT NULL) THEN (TIMESTAMP'2024-02-29 00:00:00' + INTERVAL '1-2' YEAR TO MONTH) ELSE TIMESTAMP'2024-02-29 00:00:00' END")).withColumn("c2", expr("-2L")).withColumn("c3", expr("(CASE WHEN b THEN ts WHEN (dt > to_date('2025-03-01')) THEN ts END >= CASE WHEN b THEN dt WHEN b THEN dt ELSE date_from_unix_date(i) END)"))
OUTPUT_MODE = "append"
