spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(('o' ILIKE 'H%') OR (j > 5))").select("id", (col("n") / expr("2.5")).alias("c1"), expr("(id % nullif(TRY_CAST(j AS INT), 0)) AS c2"), expr("CAST(extract(HOUR FROM ((date_trunc('WEEK', ts) + INTERVAL 1 DAY) - (dt - INTERVAL '1-1' YEAR TO MONTH))) AS INT)").cast("string").alias("c3"), expr("CASE WHEN ((2 + d) IS NOT NULL) THEN if((j IS NOT NULL), 1, i) WHEN (d <> i) THEN j WHEN ((i + d) <> least(d, CAST('NaN' AS DOUBLE))) THEN CAST(extract(DAY FROM (TIMESTAMP'2024-03-01 12:30:00.123456' - date_trunc('WEEK', ts))) AS INT) ELSE j END").alias("c4")).where((~F.coalesce(expr("((ts - ts) <= INTERVAL '1' DAY)"), lit(False))))
OUTPUT_MODE = "append"
