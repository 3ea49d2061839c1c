from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("CASE WHEN b THEN get(split(s, ' '), 1) WHEN (NOT b) THEN s ELSE s END AS c1", "CASE WHEN TRY_CAST(date_format(TIMESTAMP'2024-03-01 12:30:00.123456', 'dd.MM.yy') AS BOOLEAN) THEN CAST(NULL AS TIMESTAMP) ELSE CASE WHEN b THEN ts WHEN b THEN ts WHEN b THEN ts ELSE ts END END AS c2", "ln((d / 2)) AS c3", "concat(if(TRY_CAST(s AS BOOLEAN), s, s), concat_ws('|', right('日本', 2), s, repeat(s, -1)), CAST(i AS STRING)) AS c4", "hour(nullif(least(ts, ts), TIMESTAMP'2024-03-01 12:30:00.123456')) AS c5").filter("(b OR (id IS NULL))")
OUTPUT_MODE = "append"
