from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.getbit(F.abs(F.coalesce((col("i") - col("i")), F.ascii(col("s")), lit(2))) % 100, lit(0))).withColumn("c2", expr("CASE WHEN b THEN s WHEN b THEN s WHEN (d >= 0.001D) THEN s ELSE s END")).withColumn("c3", expr("coalesce(dt, i)")).withColumn("c4", expr("cos(d)"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c3 FROM rexpr_q ORDER BY ts ASC NULLS FIRST, id"]
