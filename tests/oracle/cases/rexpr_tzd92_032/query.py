spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((NOT (ts = TIMESTAMP'2024-03-01 12:30:00.123456')) OR (m IS NOT NULL))").select("id", expr("to_date(coalesce(ts, ts, TIMESTAMP'1999-12-31 23:59:59.999')) AS c1"), expr("coalesce(regexp_like(s, '[0-9]+'), false)").alias("c2"), expr("(id - id) AS c3"))
OUTPUT_MODE = "append"
