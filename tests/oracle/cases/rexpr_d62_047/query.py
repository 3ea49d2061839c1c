from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, d DOUBLE, f FLOAT, m DECIMAL(18,6), i INT, ts TIMESTAMP, b BOOLEAN, dt DATE").load(INPUT)
result = df.selectExpr("id", "nullif(dt, DATE'2023-12-31') AS c1", "hour(timestamp_seconds(size(array_distinct(split(s, ','))))) AS c2")
OUTPUT_MODE = "append"
