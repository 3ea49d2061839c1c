from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, s STRING, m DECIMAL(10,2), d DOUBLE, dt DATE, ts TIMESTAMP, b BOOLEAN, k BIGINT, f FLOAT, n DECIMAL(5,3)").json(INPUT)
result = df.where((col("dt") <= F.to_date(lit("2023-12-31")))).select("id", "k", expr("to_timestamp(date_format((coalesce(timestamp_seconds(i), ts, TIMESTAMP'2024-02-29 00:00:00') - INTERVAL '1-2' YEAR TO MONTH), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') AS c1"), expr("((d - greatest(i, char_length(s), nvl2(to_date('2000-01-01'), -1, 10))) BETWEEN 0.5D AND 0.1D)").alias("c2"), col("m").try_cast("int").alias("c3"), expr("CASE WHEN (length(lpad(s, 0, '*')) BETWEEN 2 AND 5) THEN k END AS c4"), expr("round(n, -1) AS c5")).where("(NOT coalesce((b IS NOT NULL), false))")
OUTPUT_MODE = "append"
