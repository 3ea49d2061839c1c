from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, dt DATE, j INT, s STRING, ts TIMESTAMP, i INT, d DOUBLE, k BIGINT, m DECIMAL(10,2), n DECIMAL(4,1)").load(INPUT)
result = df.select("id", col("id").cast("double"), F.pmod(F.least(F.when(col("ts").isNotNull(), col("id")).otherwise(lit(-2).cast("bigint")), (col("id") % F.nullif(lit(3), lit(0)))), F.nullif((col("i") + col("i")), lit(0))).alias("c2"), F.date_trunc("MONTH", col("ts")).alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id"]
