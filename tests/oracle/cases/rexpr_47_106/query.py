from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN (s IS NOT NULL) THEN d WHEN isnan(d) THEN d ELSE d END", "hash(to_timestamp(date_format(CASE WHEN (dt IS NOT NULL) THEN ts ELSE ts END, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm'), 1) AS c2", "(b OR nvl2(to_date('2000-01-01'), b, false)) AS c3")
OUTPUT_MODE = "append"
