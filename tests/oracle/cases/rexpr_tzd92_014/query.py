spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("m", F.when(col("m").isNotNull(), lit(1.25).cast("decimal(3,2)")).otherwise(col("m"))).withColumn("c2", F.ltrim(col("t")).try_cast("boolean")).withColumn("m", (col("m") / expr("10.5"))).withColumn("c4", expr("ts")).select("id", "c2", "c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c4 FROM rexpr_q ORDER BY id DESC"]
