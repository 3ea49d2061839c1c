from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.nullif(F.least(col("dt"), F.to_date(lit("2025-03-01"))), F.to_date(lit("2023-12-31"))).alias("c1"), (col("id") * lit(10)).alias("c2"), F.concat(col("dt").cast("string"), F.btrim(col("s"))), expr("CASE WHEN array_contains(split(s, ','), 'a') THEN nvl2(to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss'), ts, TIMESTAMP'1999-12-31 23:59:59.999') WHEN (id IS NULL) THEN (ts - INTERVAL '90' MINUTE) WHEN (concat_ws('', s, s, s) RLIKE '^\\\\s') THEN ts ELSE nvl2(j, ts, TIMESTAMP'2024-03-01 12:30:00.123456') END AS c4"))
OUTPUT_MODE = "append"
