spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("datediff(CASE WHEN (d <=> -1.5D) THEN nullif(CASE WHEN b THEN dt WHEN b THEN DATE'2024-02-29' ELSE dt END, to_date('2025-03-01')) ELSE date_add(coalesce(to_date('2025-03-01'), dt, DATE'2024-02-29'), i) END, TRY_CAST(t AS DATE))").alias("c1"), expr("(i / 10) AS c2"), F.round(col("d")).alias("c3"), F.round(col("n"), 2).alias("c4"), expr("last_day(date_add(CAST((ts + (TIMESTAMP'2024-03-01 12:30:00.123456' - ts)) AS DATE), CASE WHEN (k IS NOT NULL) THEN i WHEN b THEN i WHEN b THEN 0 END))").alias("c5")).filter(F.coalesce((col("ts") >= F.to_timestamp(lit("2024-02-29 00:00:00"))), lit(True)))
OUTPUT_MODE = "append"
