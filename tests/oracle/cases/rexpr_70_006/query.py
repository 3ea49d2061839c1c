from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.abs(F.nvl(col("i"), lit(2))).alias("c1"), expr("CASE WHEN (s > '42') THEN trim(CASE WHEN CAST(NULL AS BOOLEAN) THEN s WHEN (i = 2) THEN '42' WHEN (s IS NOT NULL) THEN 'abc' ELSE s END) WHEN (m <> 100BD) THEN right(s, 0) WHEN (j = -3.10) THEN substring(s, 2, 3) END").alias("c2"), expr("date_sub(date_add(greatest(dt, dt), i), i) AS c3")).filter("(endswith(try_element_at(split('é', '  *'), 3), '') OR (d >= 0.1D))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id DESC"]
