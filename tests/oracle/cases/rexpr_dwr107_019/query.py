from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, ts TIMESTAMP, s STRING, i INT, d DOUBLE, m DECIMAL(7,0), t STRING, dt DATE, j INT").load(INPUT)
result = df.select("id", expr("array_insert(array(negative(position('o', validate_utf8(s))), (- i)), 2, 9)").alias("c1"), expr("array_union(array(asinh(d), CAST('NaN' AS DOUBLE), (instr(t, 'o') / 3.0D)), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D))").alias("c2"), F.sequence(expr("element_at(array_sort(array(to_date('2024-02-29'), DATE'2024-02-29', DATE'2024-02-29')), 1)"), F.date_add(expr("element_at(array_sort(array(to_date('2024-02-29'), DATE'2024-02-29', DATE'2024-02-29')), 1)"), 2)).alias("c3"))
OUTPUT_MODE = "append"
