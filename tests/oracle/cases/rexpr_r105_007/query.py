from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", col("b").cast("double")).withColumn("c2", expr("map_from_arrays(array(1, 1), array(s, s))")).withColumn("c3", expr("CASE WHEN (m < 1.25) THEN CASE WHEN b THEN f WHEN (dt < DATE'2025-03-01') THEN d WHEN b THEN f ELSE d END WHEN arrays_overlap(array(position('o', '42')), array(CAST(NULL AS INT), 3)) THEN round((d * 1000L)) WHEN b THEN sqrt(try_to_number(t, 'S999.99')) ELSE f END")).withColumn("c4", expr("element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1)")).drop("i", "d", "t", "b", "ts").filter("(CAST(factorial(abs(i) % 25) AS BOOLEAN) OR ((t <> '日本') IS NULL))")
OUTPUT_MODE = "append"
