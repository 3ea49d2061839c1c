from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((i IN (7, 7)) OR (dt > DATE'2000-01-01'))").select("id", expr("string(d)").alias("c1"), ((col("i") - col("d")) - (col("id") - F.when(col("b"), col("id")).otherwise(col("id")))).alias("c2"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY id"]
