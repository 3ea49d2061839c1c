from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "ts", ((col("d") < lit(0.5)) | (lit(2.0) < col("id"))).alias("c1"), F.nvl2((col("m") / F.nullif(col("i"), lit(0))), col("id").cast("double"), lit(float("nan"))).alias("c2"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY ts DESC NULLS LAST, id"]
