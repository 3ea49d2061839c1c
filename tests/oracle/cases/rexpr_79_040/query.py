from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (s IS NOT NULL) THEN dt WHEN (id IS NOT NULL) THEN CASE WHEN (k <> 3L) THEN next_day(dt, 'wednesday') WHEN (i > 1) THEN dt ELSE dt END END")).withColumn("f", F.when(F.nvl(col("s").isNotNull(), lit(True)), col("d")).when((col("dt") > F.to_date(lit("2025-03-01"))), col("d")).when(((col("t") >= lit("é")) | (col("dt") < F.to_date(lit("2025-03-01")))), F.exp(col("n"))).otherwise((lit(-1.5) - col("f")))).withColumn("c3", col("d").try_cast("int")).select("id", "c1", "c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY id"]
