from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(NOT coalesce((m < 99.99), false))").selectExpr("id", "timestamp_seconds(length(s)) AS c1", "ifnull(m, 0.5) AS c2")
OUTPUT_MODE = "append"
