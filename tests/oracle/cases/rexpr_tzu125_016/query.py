spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(col("m").cast("decimal(3,1)").alias("c1"), expr("vector_normalize(array(3.0F, CAST(json_array_length(t) AS FLOAT)), 2.0F)"), expr("to_date(timestamp_micros(CAST(1 AS BIGINT) * 1000000000L)) AS c3"), expr("stack(3, sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], 1, element_at(array_sort(array(DATE'2025-03-01', dt, DATE'2024-02-29')), 1))"), (-(col("m") * (col("m") + col("n")))).alias("c5"))
OUTPUT_MODE = "append"
