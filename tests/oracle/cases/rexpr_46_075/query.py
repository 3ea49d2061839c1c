from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "ts", expr("(CASE WHEN (f = 0.001D) THEN ts WHEN b THEN ts WHEN b THEN ts ELSE ts END + INTERVAL '1 02:03:04.000005' DAY TO SECOND) AS c1"), (col("j") != F.greatest(col("j"), col("j"), col("i"))).alias("c2"), expr("CASE i WHEN 0 THEN dt WHEN 0 THEN dt ELSE dt END").alias("c3"), col("b").isNull())
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id"]
