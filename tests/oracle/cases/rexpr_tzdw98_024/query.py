spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456')").alias("c1"), expr("nullif(id, 1L)"), expr("CASE WHEN CASE WHEN (d >= m) THEN ('a' = s) WHEN (dt < DATE'2023-12-31') THEN (dt > DATE'2023-12-31') WHEN (m IS NOT NULL) THEN (i IN (1)) END THEN year(date_add(dt, 10)) ELSE i END").alias("c3"), F.locate("l", col("s"), 2), expr("sqrt(octet_length(t))"))
OUTPUT_MODE = "append"
