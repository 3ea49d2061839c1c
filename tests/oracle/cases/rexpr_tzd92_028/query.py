spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(7,0), dt DATE, ts TIMESTAMP, s STRING, i INT, d DOUBLE, j INT, b BOOLEAN, t STRING").json(INPUT)
result = df.groupBy("j").agg(expr("min(CASE WHEN array_contains(split(t, ','), 'Hello') THEN CAST((NOT b) AS BIGINT) WHEN b THEN id WHEN (dt >= to_date('2025-03-01')) THEN (id * 5) ELSE id END) AS a1"), expr("avg(CASE WHEN (s IS NULL) THEN d WHEN (id != 3L) THEN nullif(d, 100.0D) WHEN (j IS NULL) THEN d ELSE months_between(dt, dt) END) AS a2"))
OUTPUT_MODE = "update"
