from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (col("id") * lit(2))).withColumn("c2", F.size(F.split(F.when(col("b"), col("s")).when(F.forall(F.split(lit("abc"), " "), lambda x: x == lit("Hello")), col("s")).otherwise(lit(None).cast("decimal(10,2)").cast("string")), "  *"))).withColumn("c3", expr("least(-4, CASE WHEN b THEN i WHEN b THEN i ELSE i END)"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, d, c2 FROM rexpr_q ORDER BY ts ASC NULLS FIRST, id"]
