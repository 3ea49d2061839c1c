spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, j INT, ts TIMESTAMP, i INT, s STRING, d DOUBLE, m DECIMAL(10,2)").load(INPUT)
result = df.selectExpr("id", "least(dt, coalesce(dt, DATE'2024-02-29')) AS c1", "year(dt) AS c2", "(quarter(trunc(DATE'2025-03-01', 'YEAR')) + i) AS c3", "(id - id) AS c4", "((s < 'Hello') <> (s RLIKE '[0-9]+'))")
OUTPUT_MODE = "append"
