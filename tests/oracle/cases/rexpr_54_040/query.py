from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((col("m") >= lit(-4)) | lit(-2).cast("bigint").isNull())).select("id", (col("n") / F.nullif(col("n"), lit(0))).alias("c1"), expr("if(b, dt, dt)").alias("c2"), F.log(10.0, col("i")).alias("c3"), F.least(col("id"), lit(1000).cast("bigint"), lit(86400).cast("bigint")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c3 ASC NULLS LAST, id"]
