from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CAST(i AS TIMESTAMP)").alias("c1"), F.nullif(expr("sequence(element_at(array_sort(array(dt, DATE'2025-03-01', DATE'2024-02-29')), 1), date_add(element_at(array_sort(array(dt, DATE'2025-03-01', DATE'2024-02-29')), 1), 3), INTERVAL 1 DAY)[1]"), F.to_date(lit("2025-03-01"))).alias("c2"), expr("map_keys(map(hex(to_binary(right(greatest(s, s), 2), 'utf-8')), 1, 'k', 2))").alias("c3"), expr("to_binary(s, 'utf-8')")).filter(col("i").isNotNull())
OUTPUT_MODE = "append"
