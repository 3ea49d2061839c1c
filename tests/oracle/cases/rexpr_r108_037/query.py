from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, f FLOAT, i INT, d DOUBLE, m DECIMAL(10,2), dt DATE, b BOOLEAN, s STRING").load(INPUT)
result = df.withColumn("c1", expr("vector_norm(array(CAST(1 AS FLOAT), 4.0F), 2.0F)")).withColumn("c2", expr("slice(array(i, 2), 0, 1)")).withColumn("c3", ((expr("element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1)") - expr("INTERVAL 1 DAY")) - expr("INTERVAL '1-1' YEAR TO MONTH"))).withColumn("c4", expr("nanvl((d - CASE WHEN (d < CAST('NaN' AS DOUBLE)) THEN id WHEN (id IS NOT NULL) THEN id ELSE id END), -1.0D)")).withColumn("c5", expr("(m - m)"))
OUTPUT_MODE = "append"
