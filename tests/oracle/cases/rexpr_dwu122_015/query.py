from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("from_xml(s, 'a INT', map('mode', 'DROPMALFORMED')) AS c1"), F.greatest(col("j"), lit(100)).alias("c2"), expr("array_insert(array((i - CASE WHEN b THEN i WHEN (m >= -3.10) THEN i ELSE i END), unix_date(make_date(2024, 1, 1)) + bit_length(s)), 1, 9)").alias("c3")).where(F.coalesce(F.regexp_like(F.upper(col("s")), lit("o$")), lit(True)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id DESC"]
