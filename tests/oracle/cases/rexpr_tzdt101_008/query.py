spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "i", expr("nvl2(dt, CASE WHEN (ts IS NOT NULL) THEN m WHEN ((timestamp_seconds(i) - ts) = INTERVAL '23:59' HOUR TO MINUTE) THEN CASE WHEN b THEN (1.25 / nullif(m, 0)) WHEN (dt IS NOT NULL) THEN m ELSE round(n, 1) END ELSE (i - n) END, 99.99)").alias("c1"), expr("(((i - n) + i) / 3) AS c2"), F.next_day(col("dt"), "Funday").alias("c3"), expr("CAST((ts IS NULL) AS DOUBLE)"), expr("(CAST(nullif(i, 0) AS BIGINT) % nullif(CASE WHEN b THEN try_multiply(i, i) ELSE CAST(date_part('days', (ts - '2024-02-29 23:59:59.5')) AS INT) END, 0))").alias("c5"))
OUTPUT_MODE = "append"
