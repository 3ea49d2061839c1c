from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(TIMESTAMP'1999-12-31 23:59:59.999' - INTERVAL 1 DAY) AS c1", "to_timestamp(date_format(try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')", "typeof(bround(try_add((i + m), n), 1)) AS c3", "TRY_CAST(sha(replace(overlay(t PLACING 'xx' FROM 1 FOR 2), 'l', 'LL')) AS BOOLEAN) AS c4")
OUTPUT_MODE = "append"
