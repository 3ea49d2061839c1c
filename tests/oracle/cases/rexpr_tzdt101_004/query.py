spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, ts TIMESTAMP, s STRING, dt DATE, m DECIMAL(12,4), d DOUBLE, k BIGINT, i INT, n DECIMAL(5,3)").load(INPUT)
result = df.select("id", "n", F.char_length(expr("CAST(TIMESTAMP_NTZ'2024-02-29 23:59:59.999999' + INTERVAL '2 01' DAY TO HOUR AS STRING)")).alias("c1"), expr("last_day(date_from_unix_date(CAST(date_part('minutes', (coalesce(ts, ts, TIMESTAMP'1999-12-31 23:59:59.999') - ts)) AS INT))) AS c2"), expr("(b + 1)").alias("c3")).filter("coalesce(CASE WHEN true THEN (c2 IS NOT NULL) WHEN (c1 IS NOT NULL) THEN (c1 = 0) WHEN (id <= 1L) THEN true ELSE (id IS NOT NULL) END, true)")
OUTPUT_MODE = "append"
