from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "char_length(repeat(t, 2)) AS c1", "trunc(dt, 'Q') AS c2", "timestamp_seconds(i) AS c3", "(- j) AS c4")
OUTPUT_MODE = "append"
