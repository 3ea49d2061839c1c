from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, ts TIMESTAMP, d DOUBLE, m DECIMAL(10,2), dt DATE, s STRING, i INT").json(INPUT)
result = df.where("(NOT coalesce(nvl((ts <> TIMESTAMP'1999-12-31 23:59:59.999'), true), false))").selectExpr("id", "s", "nullif(least(i, j), 10) AS c1", "round((d * d)) AS c2").filter("(NOT coalesce((i IS NULL), false))")
OUTPUT_MODE = "append"
