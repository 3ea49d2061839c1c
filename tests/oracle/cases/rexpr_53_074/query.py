from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(dt IS NOT NULL)").withColumn("c1", F.concat_ws("", col("s"), col("s"))).withColumn("c2", expr("nullif((ts + INTERVAL '90' MINUTE), TIMESTAMP'1999-12-31 23:59:59.999')")).withColumn("c3", expr("((k = 1L) OR b)")).withColumn("c4", F.make_date(lit(2023), F.month(col("dt")), lit(1))).withColumn("c5", F.isnan((col("d") - col("id"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY k DESC NULLS FIRST, id"]
