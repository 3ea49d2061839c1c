from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("b") | col("d").isNull())).select("id", (col("m") != col("j")), F.when(col("b"), F.nullif(expr("(id DIV 2)"), lit(3).cast("bigint"))).otherwise(col("id")).alias("c2"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c2 ASC NULLS LAST, id"]
