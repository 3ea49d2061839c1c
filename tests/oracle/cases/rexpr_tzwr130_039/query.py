spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((to_json(arrays_zip(array(i, 2), array(s))) COLLATE UTF8_BINARY = 'Hello World') OR (t <> '2024-02-29'))").selectExpr("id", "encode(s, 'UTF-8') AS c1", "map_from_arrays(array('a', 'b'), array(tan(if(arrays_overlap(array(i), array(CAST(NULL AS INT), 3)), f, d)), sec(CAST(xpath_short('<a><b>7</b><b>' || i || '</b></a>', 'sum(a/b)') AS DOUBLE)))) AS c2", "stack(3, nvl2(CASE WHEN (d < -1.5D) THEN k WHEN (b IS NOT TRUE) THEN k WHEN (ts <= TIMESTAMP'2024-03-01 12:30:00.123456') THEN k ELSE id END, to_date('2000-01-01'), to_date('2000-01-01')), 1, next_day(add_months(dt, i), 'Mon'))", "bitwise_not(CAST(i AS BIGINT)) AS c4").where((lit("日本").try_cast("bigint").eqNullSafe(col("id")) | (col("id") > lit(86400).cast("bigint"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c4 ASC NULLS LAST, id"]
