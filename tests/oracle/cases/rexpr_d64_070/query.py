from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("d").isNotNull() | lit(0.5).isNull())).select("id", "s", expr("(i - length(s))").alias("c1"), expr("coalesce(coalesce(s, s, '42'), '42')").alias("c2")).where("(regexp_like(date_format(TIMESTAMP'1999-12-31 23:59:59.999', 'EEE'), 'o$') OR (id IS NOT NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id"]
