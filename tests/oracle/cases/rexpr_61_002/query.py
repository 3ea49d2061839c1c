from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "nullif(rtrim('日本'), 'a') AS c1", "to_timestamp(date_format(greatest(CASE WHEN (dt <= DATE'2000-01-01') THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN b THEN ts WHEN b THEN ts END, ts, coalesce(ts, CAST(NULL AS TIMESTAMP))), 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') AS c2", "trunc(add_months(make_date(2024, 2, 28), i), 'Q') AS c3").where("(ts = TIMESTAMP'2024-02-29 00:00:00')")
OUTPUT_MODE = "append"
