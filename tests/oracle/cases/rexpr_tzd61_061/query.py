spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(5,3), d DOUBLE, j INT, b BOOLEAN, t STRING, k BIGINT, i INT, m DECIMAL(10,2), dt DATE, ts TIMESTAMP, s STRING").json(INPUT)
result = df.selectExpr("id", "left(t, 4) AS c1", "least(dt, dt) AS c2", "minute(TIMESTAMP'1999-12-31 23:59:59.999') AS c3", "substring(base64(s), 0, 1) AS c4", "to_date(date_format(next_day((dt + INTERVAL 1 DAY), 'SUN'), 'yyyyMMdd'), 'yyyyMMdd') AS c5").filter("((regexp_replace(c1, '^.', '') >= c1) OR (c4 IS NULL))")
OUTPUT_MODE = "append"
