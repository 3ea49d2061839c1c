spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "d", "CAST(false AS BIGINT) AS c1", "regexp_extract(get(split(CAST(datediff(dt, ts) AS STRING), ','), 2), '^(\\\\S*)', 1) AS c2", "((i % nullif(5, 0)) - bround(100.0D, 3)) AS c3", "nullif(i, 0) AS c4")
OUTPUT_MODE = "append"
