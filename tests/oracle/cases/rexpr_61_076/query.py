from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, f FLOAT, ts TIMESTAMP, i INT, s STRING, dt DATE, k BIGINT, n DECIMAL(9,5), b BOOLEAN, m DECIMAL(18,6)").json(INPUT)
result = df.where("coalesce((regexp_replace(repeat(s, 3), '(a|b)', '<>') RLIKE '^[A-Z]'), true)").selectExpr("id", "CAST(b AS DOUBLE) AS c1", "try_to_timestamp(s) AS c2", "ceiling(n, 1) AS c3", "locate(' ', substr(string(nvl2(id, dt, DATE'2025-03-01')), 0, 10)) AS c4")
OUTPUT_MODE = "append"
