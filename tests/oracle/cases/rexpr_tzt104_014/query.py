spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("(f / nullif(coalesce(d, CAST('NaN' AS DOUBLE)), 0))"), expr("CASE WHEN b THEN i WHEN b THEN if((f IS NOT NULL), i, i) WHEN b THEN instr(s, '') END AS c2"), F.next_day(F.try_to_date(col("s")), "TU").alias("c3"), expr("((date_trunc('QUARTER', CASE WHEN b THEN (ts + (ts - ts)) WHEN b THEN TIMESTAMP'2024-03-01 12:30:00.123456' ELSE ts END) - (CASE WHEN (i = 3) THEN ts END - INTERVAL '-1 00:00:01' DAY TO SECOND)) = INTERVAL '1' DAY)").alias("c4"), expr("ceil(d) AS c5")).where((~col("c4")))
OUTPUT_MODE = "append"
