spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("try_to_timestamp(t)")).withColumn("d", F.when(col("b"), col("d")).when(col("b"), col("d")).otherwise(col("d"))).withColumn("c3", F.nvl(col("m"), lit(100).cast("decimal(3,0)"))).withColumn("c4", col("d").cast("decimal(6,2)")).drop("i", "m", "s", "b", "dt", "ts").filter((col("id").isNotNull() | (col("id") >= lit(1).cast("bigint"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY j DESC NULLS FIRST, id"]
