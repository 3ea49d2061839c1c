spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("isnull((date_trunc('yyyy', CASE WHEN b THEN ts ELSE ts END) + INTERVAL '90' MINUTE))").alias("c1"), expr("unix_timestamp(dt)").alias("c2"), expr("stack(3, element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1), 1, dt)"))
OUTPUT_MODE = "append"
