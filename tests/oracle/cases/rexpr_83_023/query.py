from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("m") * col("m") * col("m") * col("m") * col("m")).alias("c1"), F.bround(col("d"), 2), ((col("s") <= lit(None).cast("string")) & (col("m").isin(expr("-3.10"), expr("0.001"), expr("0.5")) & (col("s") <= lit("日本")))).alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
