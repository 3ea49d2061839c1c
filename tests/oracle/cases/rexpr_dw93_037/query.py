from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("b").select("id", expr("TRY_CAST((try_subtract(99.99, m) + (0.001 + i)) AS BIGINT)").alias("c1"), (F.size(F.split(lit("abc"), " ")) >= col("m")), expr("pmod(id, nullif(12, 0))").alias("c3"), F.elt(lit(1), lit("é"), col("t")).alias("c4"), (lit(-3.10).cast("decimal(3,2)") - col("m")).alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY c5 DESC NULLS LAST, id"]
