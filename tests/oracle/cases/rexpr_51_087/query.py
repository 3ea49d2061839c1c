from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("ts", "least(bround(0.5, 2), m) AS c1", "(TIMESTAMP'2024-02-29 00:00:00' IS NULL) AS c2", "least(d, CASE WHEN b THEN d WHEN b THEN d WHEN b THEN d ELSE d END, d) AS c3", "(d IS NOT NULL)", "substr(s, -3, 1)").where("(coalesce((c3 < -1.5D), c2, false) OR (TIMESTAMP'1999-12-31 23:59:59.999' IS NULL))")
OUTPUT_MODE = "append"
