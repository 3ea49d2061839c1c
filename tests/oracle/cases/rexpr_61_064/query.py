from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((locate(' ', s) IN (-1, 2)) OR (i IS NOT NULL))").select("id", expr("((m > 99.99) != b) AS c1"), (col("id") % F.nullif(lit(7), lit(0))), expr("TRY_CAST(CASE WHEN b THEN s END AS DOUBLE)").alias("c3"), F.when(col("b"), col("d")).when((~F.coalesce(col("b"), lit(False))), col("f")).when((col("n") <= expr("1.25")), col("f")).otherwise(col("f")), expr("(3.75D * d)").alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id"]
