from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("date_trunc('HOUR', CAST(CASE WHEN nvl2(ts, (t <> 'x-y'), false) THEN CASE WHEN (d IS NOT NULL) THEN i ELSE i END WHEN (t ILIKE 'H%') THEN ascii(s) ELSE (5 * i) END AS TIMESTAMP)) AS c1", "greatest((ts - INTERVAL -3 DAYS), timestamp_seconds(-1)) AS c2", "format_number(aggregate(split(date_format(dt, 'dd.MM.yy'), ' '), 0, (acc, x) -> acc + length(x)), 2) AS c3", "((-1 * id) + i) AS c4")
OUTPUT_MODE = "append"
