from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(CASE WHEN (id <> 3L) THEN d WHEN b THEN d WHEN b THEN d ELSE d END < n) AS c1", "atan2((d + d), d) AS c2", "floor(d * 1e10D) AS c3").where("coalesce(isnan((n * d)), true)")
OUTPUT_MODE = "append"
