from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(isnan((d / nullif(d, 0))) OR (j IS NOT NULL))").withColumn("c1", F.when((col("dt") < F.to_date(lit("2023-12-31"))), (col("n") + lit(100).cast("decimal(3,0)"))).when((col("j") >= lit(-1)), (col("m") / lit(-4))).otherwise(col("n"))).withColumn("m", (F.round((col("m") - col("m")), 2) * F.when((col("s") <= lit("42")), col("i")).when(col("b"), col("i")).otherwise(col("i")))).withColumn("k", F.pmod(F.when(col("b"), col("id")).when((col("s") < lit("x-y")), col("id")).when(col("b"), col("id")).otherwise(col("id")), F.nullif(col("j"), lit(0)))).select("id", "c1")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
