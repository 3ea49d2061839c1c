from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("(-4 IN (1)) AS c1"), expr("unix_timestamp(nullif(ts, TIMESTAMP'2024-02-29 00:00:00')) AS c2")).filter("(f = 2.0D)")
OUTPUT_MODE = "append"
