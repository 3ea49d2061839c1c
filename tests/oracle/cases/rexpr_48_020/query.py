from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("dayofweek(dt)")).withColumn("c2", F.date_add(col("dt"), col("i"))).withColumn("c3", F.coalesce(col("c1"), col("i"), lit(7))).withColumn("c4", col("b")).withColumn("c5", col("dt").cast("timestamp"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c3 FROM rexpr_q ORDER BY t ASC NULLS FIRST, id"]
