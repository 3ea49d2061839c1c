from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, d DOUBLE, i INT, ts TIMESTAMP, s STRING, m DECIMAL(10,2), k BIGINT, dt DATE, t STRING").load(INPUT)
result = df.select("id", expr("nvl2(TRY_CAST(d AS BIGINT), (dt IS NOT NULL), true)").alias("c1"), expr("(nullif(m, 99.99) IS NOT NULL) AS c2"), expr("((t > repeat('abc', -1)) < b) AS c3"), expr("format_number(crc32(t), 3)")).filter("(isnan(-1.5D) OR (c1 IS NOT TRUE))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id DESC"]
