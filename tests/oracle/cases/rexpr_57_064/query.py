from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, ts TIMESTAMP, d DOUBLE, t STRING, dt DATE, n DECIMAL(9,5), s STRING, m DECIMAL(38,10)").json(INPUT)
result = df.select("id", F.sign(col("j")).alias("c1"), expr("(n / nullif(i, 0)) AS c2"), expr("isnan(d) AS c3"), ((col("i") - (col("i") - col("i"))) + F.nullif(F.pmod(col("i"), F.nullif(col("i"), lit(0))), lit(10))).alias("c4"), F.when((col("i") > lit(3)), F.when(col("m").isNotNull(), lit(.5).cast("decimal(2,1)")).when((col("ts") == F.to_timestamp(lit("2024-02-29 00:00:00"))), col("m")).otherwise(col("n"))).alias("c5")).filter("(c5 < 99.99)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c5, c4 FROM rexpr_q ORDER BY c5 DESC NULLS LAST, id"]
