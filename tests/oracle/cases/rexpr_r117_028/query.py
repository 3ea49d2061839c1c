from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(NOT coalesce((i <> m), false))").selectExpr("id", "make_timestamp_ltz(2024, 2, 29, xpath_short('<a><b>7</b><b>' || position(repeat(s, 2), CAST(ts AS STRING), 2) || '</b></a>', 'sum(a/b)'), 0, 0, 'Asia/Tokyo') AS c1", "greatest(n, m, 100BD) AS c2", "array_except(array(regexp_extract(s, '(.)(.)', 0), array_join(array_append(array(s), s), '+', 'NUL'), 'a', 'a'), array('a', NULL))", "weekofyear(trunc(trunc(DATE'2023-12-31', 'Q'), 'yy')) AS c4").filter(col("ts").isNotNull())
OUTPUT_MODE = "append"
