from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("nullif(timestamp_diff('DAY', dt, try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)), 0L) AS c1", "to_timestamp_ltz(string(CASE WHEN (j <> 2) THEN id WHEN b THEN id ELSE id END)) AS c2", "from_json('{\"k\": ' || zeroifnull(d) || '}', 'MAP<STRING, DOUBLE>') AS c3")
OUTPUT_MODE = "append"
