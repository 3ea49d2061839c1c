from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, t STRING, m DECIMAL(10,2), ts TIMESTAMP, s STRING, dt DATE, d DOUBLE, n DECIMAL(5,3), j INT").json(INPUT)
result = df.select("id", F.when(col("t").isNotNull(), col("ts")).when((col("id") != lit(1000).cast("bigint")), col("ts")).when((col("s") <= lit("Hello")), col("ts")).otherwise(col("ts")).isNull().alias("c1"), F.nvl2(F.least(col("j"), col("i")), col("i"), lit(None).cast("int")), (col("n") * F.round(F.nullif(col("d"), lit(0.001)), 3)).alias("c3"), F.try_element_at(F.split(F.format_string("%d%%", (-col("i"))), "  *"), lit(-1)).alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c4 FROM rexpr_q ORDER BY id"]
