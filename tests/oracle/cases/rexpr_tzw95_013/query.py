spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, dt DATE, ts TIMESTAMP, m DECIMAL(12,4), i INT, b BOOLEAN, s STRING, j INT").load(INPUT)
result = df.selectExpr("id", "trunc(to_date('2024-02-29'), 'WEEK') AS c1", "timestamp_seconds(2) AS c2", "timestamp_seconds(i) AS c3", "format_string('[%5s|%-4d]', s, 86400L) AS c4")
OUTPUT_MODE = "append"
