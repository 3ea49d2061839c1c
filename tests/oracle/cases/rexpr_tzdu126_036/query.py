spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("date_trunc('yyyy', CAST(last_day(dt) AS TIMESTAMP)) AS c1", "map_filter(map('a', 0, 'b', i, 'c', 0), (k, v) -> v > 0 OR k = 'c') AS c2")
OUTPUT_MODE = "append"
