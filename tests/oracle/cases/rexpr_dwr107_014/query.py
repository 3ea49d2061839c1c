from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(m / nullif(negative((i + i)), 0)) AS c1", "least((m / nullif(m, 0)), m) AS c2", "nullif(last_day(trunc((dt - INTERVAL 1 DAY), 'YEAR')), to_date('2025-03-01')) AS c3", "CASE WHEN (ts IS NOT NULL) THEN id WHEN isnan(d) THEN unix_timestamp(timestamp_millis(i)) WHEN (dt IS NOT NULL) THEN (pmod(id, -4) % nullif(j, 0)) ELSE xxhash64(d, (t IS NOT NULL)) END AS c4").where(((col("dt") != F.to_date(lit("2023-12-31"))) | (col("i") != lit(1))))
OUTPUT_MODE = "append"
