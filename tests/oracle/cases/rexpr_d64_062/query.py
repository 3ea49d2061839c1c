from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(F.coalesce((~col("j").isNotNull()), lit(True))).select("id", (col("i") + col("i")), F.try_multiply(F.coalesce(lit(0.1), lit(3.75)), col("f")).alias("c2"), expr("(t <> 'x-y')"), (lit(-1) * F.aggregate(F.split(lit("2024-02-29"), " "), lit(0), lambda acc, x: acc + F.length(x))).alias("c4")).filter("coalesce(((0.5 >= c4) AND (c2 <= -1.5D)), true)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
