spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("coalesce((s LIKE 'H%'), true)").select(expr("TRY_CAST((n / nullif(i, 0)) AS BIGINT)"), F.date_trunc("yyyy", F.coalesce(col("ts"), F.nullif(F.to_timestamp(lit("2024-03-01 12:30:00.123456")), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), F.to_timestamp(lit("1999-12-31 23:59:59.999")))).alias("c2"), F.xxhash64(col("m"), (col("m") / expr("3.5"))).alias("c3"), expr("last_day(CASE WHEN (0L IS NOT NULL) THEN dt WHEN endswith(s, ' ') THEN coalesce(to_date('2025-03-01'), dt, to_date('2023-12-31')) WHEN ((CAST(i AS TIMESTAMP) - trunc(dt, 'WEEK')) > INTERVAL '23:59' HOUR TO MINUTE) THEN dt ELSE CASE WHEN (b IS NOT NULL) THEN dt WHEN (i = 5) THEN dt WHEN b THEN dt ELSE DATE'2025-03-01' END END)").alias("c4")).where("(i >= 0)")
OUTPUT_MODE = "append"
