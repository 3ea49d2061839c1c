from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CASE WHEN b THEN -4 ELSE i END", "format_string('%e', (id / nullif(i, 0))) AS c2", "substr(s, 0, 0) AS c3", "CAST(ts AS DOUBLE) AS c4").where("(NOT coalesce(coalesce(CAST(j AS BOOLEAN), b, false), false))")
OUTPUT_MODE = "append"
