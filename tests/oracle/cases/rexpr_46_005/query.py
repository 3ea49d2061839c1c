from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.translate(F.when(col("b"), col("t")).when(col("b"), col("s")).when(col("m").isNotNull(), col("s")).otherwise(col("s")), "abc", "").startswith("a") | col("ts").isNotNull())).selectExpr("id", "b", "CASE hash(0, dt) WHEN 10 THEN t WHEN 0 THEN 'o' END AS c1", "((id / 3) - (0.5 / nullif((i + i), 0))) AS c2").filter((col("i") < lit(1)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, b, c2 FROM rexpr_q ORDER BY id"]
