from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "coalesce(dt, i) AS c1", "dateadd(trunc(add_months(dt, i), 'Q'), i) AS c2", "regexp_extract(s, '(.)(.)', 0)", "TRY_CAST(nvl2(id, m, -3.10) AS BIGINT) AS c4", "to_timestamp(date_format(date_trunc('WEEK', (TRY_CAST('a' AS TIMESTAMP) + INTERVAL '90' MINUTE)), 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') AS c5").filter("coalesce((CASE WHEN b THEN t END RLIKE '^$'), true)")
OUTPUT_MODE = "append"
