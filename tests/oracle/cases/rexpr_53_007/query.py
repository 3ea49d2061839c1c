from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, dt DATE, b BOOLEAN, ts TIMESTAMP, s STRING, m DECIMAL(12,4), f FLOAT").load(INPUT)
result = df.select("id", F.date_add(col("dt"), col("i")).alias("c1"), (col("i") - col("i")).alias("c2"), F.when(col("b"), F.when(F.isnan((col("id") / F.nullif(col("d"), lit(0)))), F.when((col("i") > lit(3)), col("ts")).when(col("id").isNotNull(), col("ts")).when(lit(True), col("ts")).otherwise(col("ts")))).when(F.concat(col("m").cast("string"), col("dt").cast("string"), col("s")).contains("H"), col("ts")).otherwise(col("ts")).alias("c3"), F.nullif(lit("o").try_cast("timestamp"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c2 FROM rexpr_q ORDER BY id"]
