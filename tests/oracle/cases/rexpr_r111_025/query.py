from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "element_at(array_sort(array(dt, trunc(sequence(TRY_CAST(t AS DATE), date_add(TRY_CAST(t AS DATE), 3), INTERVAL 1 DAY)[1], 'Q'), DATE'2024-02-29')), 1) AS c1", "vector_inner_product(array(CAST(d AS FLOAT), 1.5F), array(2.0F, CAST(i AS FLOAT)))", "array_sort(array(s, t, 'b'), (l, r) -> CASE WHEN length(l) < length(r) THEN -1 WHEN length(l) > length(r) THEN 1 ELSE 0 END) AS c3", "trunc(make_date(year(dt), pmod(i, 12) + 1, 1), 'yy') AS c4").filter("(c1 < DATE'2000-01-01')")
OUTPUT_MODE = "append"
