spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(20,0), t STRING, b BOOLEAN, ts TIMESTAMP, dt DATE, k BIGINT, m DECIMAL(18,6), f FLOAT, i INT, s STRING, d DOUBLE").json(INPUT)
result = df.selectExpr("lpad(CASE WHEN (m IS NOT NULL) THEN array_join(transform(split(substring_index(t, 'o', 2), ' '), x -> initcap(x)), '') WHEN (i >= n) THEN lpad(s, 0, ' ') WHEN b THEN CAST(add_months(dt, 1) AS STRING) ELSE base64(try_element_at(split('42', '  *'), 3)) END, 0, '*') AS c1", "(n + 0.001) AS c2", "CASE WHEN (m < 0.001) THEN f WHEN b THEN 0.001D ELSE f END AS c3", "substring(CAST(b AS STRING), 5, 0) AS c4", "CASE WHEN b THEN d WHEN b THEN f WHEN b THEN f ELSE d END AS c5").filter("((b OR b) OR b)")
OUTPUT_MODE = "append"
