from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("m", F.when(F.nvl2(col("b"), col("b"), lit(False)), (col("m") - col("m"))).when(col("b"), col("m")).when(col("m").isNotNull(), F.nullif(col("m"), lit(99.99).cast("decimal(4,2)"))).otherwise(col("m"))).withColumn("c2", expr("locate(' ', t, 5)")).withColumn("c3", F.locate(" ", lit("日本"), 1)).select("id", "c2", "c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2 FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id DESC"]
