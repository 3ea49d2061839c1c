from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("timestamp_diff('DAY', element_at(array_sort(array(dateadd(element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1), i), (dt - INTERVAL 1 MONTH), DATE'2024-02-29')), 1), CAST(NULL AS TIMESTAMP))").alias("c1"), F.to_number(F.size(F.sequence(lit(1), F.abs(F.json_array_length(F.least(col("t"), col("t")))) % 5 + lit(1))).cast('string'), lit('S9999')).alias("c2")).filter("(NOT coalesce((c1 IS NOT NULL), false))")
OUTPUT_MODE = "append"
