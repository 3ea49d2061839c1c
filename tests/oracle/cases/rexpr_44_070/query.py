from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(m IS NOT NULL)").selectExpr("id", "i", "(CASE WHEN CASE WHEN false THEN b WHEN (ts <= TIMESTAMP'1999-12-31 23:59:59.999') THEN b ELSE (n IS NOT NULL) END THEN (ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND) WHEN (b < (d >= 0.5D)) THEN ts ELSE ts END + INTERVAL 1 DAY) AS c1", "CAST(ts AS DOUBLE) AS c2", "isnan(try_divide((i % 10), (10 + i))) AS c3", "CASE WHEN (s RLIKE '^\\\\s') THEN id WHEN b THEN 86400L WHEN b THEN id ELSE CAST(i AS BIGINT) END AS c4")
OUTPUT_MODE = "append"
