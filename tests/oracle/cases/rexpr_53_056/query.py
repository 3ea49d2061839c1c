from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CASE WHEN CAST(i AS BOOLEAN) THEN nullif(concat(s, t, 'abc'), 'abc') WHEN (' ' LIKE '%o%') THEN format_number((d / nullif(i, 0)), 0) END AS c1", "greatest(nullif(1L, -2L), nvl2(CAST(i AS DECIMAL(12,2)), coalesce(id, 86400L), CAST(NULL AS BIGINT))) AS c2", "((i IN (2, 5, -1)) AND (dt = to_date('2023-12-31'))) AS c3")
OUTPUT_MODE = "append"
