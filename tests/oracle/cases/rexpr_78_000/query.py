from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("least((nullif(m, 12.345) * (m * i)), m, (100BD + round(m))) AS c1"), expr("(nvl2(nullif(DATE'2024-02-29', to_date('2024-02-29')), id, 1L) <=> i)").alias("c2")).filter("(id > 1000L)")
OUTPUT_MODE = "append"
