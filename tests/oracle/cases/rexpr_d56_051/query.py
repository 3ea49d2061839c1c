from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CAST((round(m, 3) IS NOT NULL) AS STRING) AS c1", "round(CAST(12 AS DECIMAL(20,0)), 0) AS c2", "(f * f) AS c3", "nvl2(regexp_extract(t, '^(\\\\S*)', 1), string(b), t)").filter("(c2 >= 12.345)")
OUTPUT_MODE = "append"
