from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(F.coalesce((col("ts").eqNullSafe(F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) != (col("d") >= lit(2.0))), lit(True))).selectExpr("id", "to_timestamp(date_format(CAST(i AS TIMESTAMP), 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') AS c1", "nvl2(octet_length(s), ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c2", "try_element_at(split(regexp_replace(s, '[aeiou]', '*'), '  *'), 1)").filter("(((m <= 0.001) IS NULL) OR (m = 100BD))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY id"]
