from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "((i * m) / 3.5) AS c1", "unix_timestamp(ts) AS c2", "unix_timestamp(DATE'2000-01-01')", "((i % nullif(i, 0)) NOT IN (2))")
OUTPUT_MODE = "append"
