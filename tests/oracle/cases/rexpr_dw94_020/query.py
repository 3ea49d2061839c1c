from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "months_between(ts, dt) AS c1", "CASE WHEN (dt <= DATE'2000-01-01') THEN nvl2(CAST(false AS BIGINT), id, -2L) WHEN (dt > trunc(dt, 'WEEK')) THEN unix_timestamp(date_trunc('HOUR', ts)) WHEN (m IS NOT NULL) THEN id ELSE least(0L, id, id) END AS c2").where(((~(col("s") > lit(""))) | (col("t") > lit("abc"))))
OUTPUT_MODE = "append"
