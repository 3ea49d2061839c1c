from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(7,0), d DOUBLE, ts TIMESTAMP, n DECIMAL(4,1), s STRING, j INT, dt DATE, i INT, b BOOLEAN, t STRING").load(INPUT)
result = df.withColumn("c1", F.trunc(F.when(lit(float("nan")).eqNullSafe(col("m")), F.coalesce(col("dt"), col("dt"), F.to_date(lit("2024-02-29")))).when(((col("j") >= lit(5)) & (col("dt") <= F.to_date(lit("2000-01-01")))), col("dt")).when((F.nvl(col("b"), lit(True)) | (col("b") | (col("dt") != F.to_date(lit("2024-02-29"))))), col("dt")).otherwise(F.to_date(lit("2025-03-01"))), "WEEK")).withColumn("c2", expr("(d IN (-1.5D))")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c1 DESC NULLS FIRST, id DESC"]
