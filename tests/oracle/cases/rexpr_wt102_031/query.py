from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(4,1), ts TIMESTAMP, m DECIMAL(18,6), s STRING, d DOUBLE, i INT, b BOOLEAN, k BIGINT, dt DATE").load(INPUT)
result = df.withColumn("m", expr("(n - m)")).withColumn("c2", col("m")).withColumn("c3", expr("array_join(split(s, '-'), '')")).select("id", "c2", "c3").filter(col("id").isNotNull())
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c3 FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id"]
