from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("coalesce(nvl2(if(b, j, i), (s IS NULL), true), true)").select("id", F.add_months(F.date_sub(F.to_date(lit("2023-12-31")), (col("i") + col("i"))), col("i")).alias("c1"), expr("(b AND ('o' = s))").alias("c2"), expr("CASE WHEN b THEN CASE WHEN (dt > DATE'2024-02-29') THEN ts WHEN b THEN ts WHEN (dt IS NOT NULL) THEN ts END END AS c3"), expr("crc32(repeat(ucase(s), 3)) AS c4"), F.when(F.isnull(col("n")), F.date_add(F.when(col("b"), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")), lit(1))).otherwise(col("dt")).alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1, c3 FROM rexpr_q ORDER BY c3 ASC NULLS FIRST, id"]
