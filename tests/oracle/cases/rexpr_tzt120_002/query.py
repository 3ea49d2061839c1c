spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(10,2), k BIGINT, d DOUBLE, b BOOLEAN, i INT, dt DATE, j INT, s STRING, f FLOAT, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(id - 3) AS c1", "get(split(rpad(CASE WHEN isnull(dt) THEN format_number(k, 3) WHEN b THEN lower(s) ELSE s END, 8, 'é'), '[aeiou]'), 2) AS c2", "ceiling(CASE WHEN abs(round(round(f, -1), 3)) < 1e9D THEN round(round(f, -1), 3) END) AS c3")
OUTPUT_MODE = "append"
