from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(id + 1) AS c1", "format_string('%d%%', k)").filter("((TIMESTAMP'2024-02-29 00:00:00' != TIMESTAMP'1999-12-31 23:59:59.999') OR (c1 IS NOT NULL))")
OUTPUT_MODE = "append"
