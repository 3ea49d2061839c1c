from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, i INT, t STRING, n DECIMAL(20,0), b BOOLEAN, m DECIMAL(38,10), ts TIMESTAMP, d DOUBLE, dt DATE").json(INPUT)
result = df.where(col("t").isNotNull()).select("id", F.when(col("id").isNotNull(), col("s")).when(col("b"), col("s")).otherwise(F.format_number(col("i"), 3)), (F.bround(col("m"), 2) * col("i")).alias("c2")).filter("((b > false) OR (s IS NOT NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id"]
