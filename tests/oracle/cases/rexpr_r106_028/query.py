from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "bround(try_to_number(s, '999.99'), 2) AS c1", "stack(2, datediff(DATE'2025-03-01', dt), coalesce(s, 'Hello'), i, printf('%x %o %08d', i, 2, i))", "to_binary(repeat(t, 0), 'utf-8') AS c3", "(b AND b)").filter((~F.coalesce(F.is_valid_utf8(F.hex(F.unbase64(col("s")))), lit(False))))
OUTPUT_MODE = "append"
