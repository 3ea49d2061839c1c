spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "j", "CAST(dt AS TIMESTAMP) AS c1", "try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0) AS c2")
OUTPUT_MODE = "append"
