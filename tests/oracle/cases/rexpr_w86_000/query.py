from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(dateadd(dt, 0) <=> CAST(dt AS TIMESTAMP)) AS c1", "get(split(format_string('%d%%', id), ','), 2) AS c2", "(i + i) AS c3", "(date_trunc('WEEK', ts) + INTERVAL -3 DAYS) AS c4", "format_string('%.2f / %s', abs((i * d)), regexp_extract(CASE WHEN (b IS NOT TRUE) THEN s ELSE 'o' END, '(.)(.)', 0)) AS c5").filter("(NOT coalesce((b OR (m <= 0.5)), false))")
OUTPUT_MODE = "append"
