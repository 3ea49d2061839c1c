from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CAST((-2L > i) AS DOUBLE) AS c1", "(t RLIKE 'o$') AS c2", "nvl2(least(ts, ts, ts), day(dt), 10) AS c3", "CASE WHEN b THEN '42' WHEN b THEN s ELSE t END AS c4")
OUTPUT_MODE = "append"
