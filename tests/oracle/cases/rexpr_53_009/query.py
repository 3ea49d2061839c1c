from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(18,6), j INT, d DOUBLE, i INT, n DECIMAL(20,0), dt DATE, s STRING, ts TIMESTAMP, b BOOLEAN").load(INPUT)
result = df.where(((col("id") >= col("m")) | col("m").isNotNull())).withColumn("c1", expr("(try_to_timestamp(s) + INTERVAL '1-2' YEAR TO MONTH)")).withColumn("c2", expr("coalesce(CASE WHEN (b IS NOT NULL) THEN i WHEN b THEN i WHEN b THEN j ELSE i END, (i + i), 0)")).drop("m", "j", "d", "i", "n", "dt", "ts", "b")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id"]
