spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(startswith(date_format(ts, 'yyyy-MM-dd HH:mm:ss.SSS'), ' ') OR (d < 0.001D))").selectExpr("id", "levenshtein(date_format(dt, 'yyyy-MM-dd'), ucase(s)) AS c1", "regexp_extract(array_join(split(ucase(s), '-'), ''), '([a-z]+)', 1) AS c2", "CASE WHEN (i IS NOT NULL) THEN id WHEN (ts > TIMESTAMP'2024-03-01 12:30:00.123456') THEN id ELSE k END AS c3")
OUTPUT_MODE = "append"
