from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, s STRING, j INT, d DOUBLE, k BIGINT, m DECIMAL(18,6), dt DATE, i INT, n DECIMAL(20,0), b BOOLEAN").json(INPUT)
result = df.selectExpr("id", "locate('o', CAST(CASE WHEN (b IS NOT NULL) THEN m WHEN (dt IS NOT NULL) THEN m ELSE m END AS STRING)) AS c1", "replace(s, 'a', '') AS c2", "(make_timestamp(year(date_add(dt, i)), month(date_add(dt, i)), dayofmonth(date_add(dt, i)), 23, 30, 15.5) - INTERVAL '90' MINUTE) AS c3", "CAST(extract(WEEK FROM dt) AS DOUBLE) AS c4", "timestamp_millis(hour(CASE WHEN b THEN ts WHEN b THEN ts ELSE ts END)) AS c5")
OUTPUT_MODE = "append"
