from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(20,0), dt DATE, d DOUBLE, ts TIMESTAMP, s STRING, k BIGINT, i INT, m DECIMAL(38,10)").load(INPUT)
result = df.filter((F.concat_ws("|", col("i").cast("string"), col("s"), col("s")).contains("H") | F.to_date(lit("2025-03-01")).isNull())).select("id", expr("((nullif(m, 1.25) / 7) + m)").alias("c1"), F.nullif(F.when(col("s").isNotNull(), col("ts")).when((col("ts") >= F.to_timestamp(lit("2024-02-29 00:00:00"))), col("ts")), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).alias("c2")).filter((col("k").isNotNull() | (col("ts") < F.to_timestamp(lit("2024-02-29 00:00:00")))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id"]
