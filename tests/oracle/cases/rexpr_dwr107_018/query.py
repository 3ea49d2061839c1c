from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "t", "(3 * 1L) AS c1", "xpath_number('<a><b>' || nullifzero(round(CASE WHEN (n < 0.5) THEN d WHEN b THEN d WHEN b THEN CAST(NULL AS DOUBLE) ELSE d END, 3)) || '</b></a>', 'a/b * 2') AS c2", "unix_millis(TIMESTAMP'1999-12-31 23:59:59.999') AS c3").filter("(t IS NOT NULL)")
OUTPUT_MODE = "append"
