from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "ts", expr("(id IS NOT NULL) AS c1"), F.nullif(F.try_to_date(col("s")), F.to_date(lit("2025-03-01"))).alias("c2"), col("i").eqNullSafe(lit(100)).alias("c3")).where(col("t").isNotNull())
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT ts FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id"]
