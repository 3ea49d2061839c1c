from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "dt", expr("nullif(dt, DATE'2025-03-01')"), expr("coalesce(m, 100BD) AS c2"), expr("sqrt(dt)").alias("c3"), expr("date_format(CASE WHEN (quarter(dt) BETWEEN 2 AND 0) THEN ts ELSE TIMESTAMP'1999-12-31 23:59:59.999' END, 'yyyy-MM-dd HH:mm:ss.SSSSSS')").alias("c4"))
OUTPUT_MODE = "append"
