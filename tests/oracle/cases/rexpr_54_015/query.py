from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CAST(ts AS BIGINT) AS c1", "concat_ws('', CAST(12 AS STRING), date_format(CAST(CASE WHEN b THEN i WHEN b THEN i ELSE i END AS TIMESTAMP), 'yyyy-MM-dd HH:mm:ss.SSSSSS'), greatest('日本', t)) AS c2", "year(nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999')) AS c3")
OUTPUT_MODE = "append"
