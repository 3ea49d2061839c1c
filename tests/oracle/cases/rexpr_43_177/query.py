from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(NOT coalesce(nvl2(date_add(dt, 5), (s < '2024-02-29'), false), false))").select("id", F.when(col("b"), col("id")).when(col("j").isNotNull(), lit(0).cast("bigint")).otherwise(col("id")), expr("CAST(m AS DECIMAL(3,1)) AS c2"), F.date_trunc("SECOND", F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))).alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY id"]
