from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("((t LIKE '_') <= isnan(d))").alias("c1"), F.ceil(F.when(F.abs(F.round(lit(0.1), 3)) < lit(1e9), F.round(lit(0.1), 3))).alias("c2")).filter("(isnan(ln(99.99)) OR (s > 'o'))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id"]
