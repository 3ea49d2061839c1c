from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "s", "to_timestamp(date_format(CASE j WHEN 2 THEN CASE t WHEN 'abc' THEN ts ELSE TIMESTAMP'2024-02-29 00:00:00' END WHEN 3 THEN ts ELSE ts END, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') AS c1", "slice(array(regexp_instr(chr(abs(i) % 90 + 32), '[aeiou]'), dayofweek(element_at(array_sort(array(date_add(dt, 2), element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1), DATE'2024-02-29')), 1)), 3, 4), 2, 0) AS c2", "tan(d) AS c3", "negative(m)").where((col("m") >= lit(99.99).cast("decimal(4,2)")))
OUTPUT_MODE = "append"
