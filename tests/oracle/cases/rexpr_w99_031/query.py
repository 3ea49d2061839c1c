from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, f FLOAT, j INT, t STRING, s STRING, d DOUBLE, ts TIMESTAMP, dt DATE, m DECIMAL(18,6)").json(INPUT)
result = df.filter((~F.coalesce((col("ts") == F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), lit(False)))).select("id", expr("(id % nullif(locate('o', concat(t, s)), 0))").alias("c1"), expr("crc32(s)"), expr("locate(' ', s) AS c3"), expr("CAST(last_day(CASE WHEN ((f IS NOT NULL) AND (f < 0.001D)) THEN CASE WHEN false THEN dt WHEN true THEN dt WHEN (f IS NOT NULL) THEN CAST(NULL AS DATE) END WHEN (f IS NOT NULL) THEN date_add(dt, i) ELSE ifnull(dt, to_date('2000-01-01')) END) AS STRING)").alias("c4"), expr("round(1.25, -1) AS c5"))
OUTPUT_MODE = "append"
