from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.trunc((F.when((col("m") > expr("99.99")), col("dt")).when(lit(True), col("dt")).when((col("n") < expr("-3.10")), col("dt")).otherwise(col("dt")) + expr("INTERVAL 1 MONTH")), "WEEK")).withColumn("c2", (col("n") / lit(-4))).withColumn("c3", expr("bround(atan2(CASE WHEN false THEN d WHEN (m IS NOT NULL) THEN d ELSE d END, dayofmonth(ts)), 1)")).withColumn("c4", F.trim(F.elt(lit(2), lit("Hello"), col("s")))).drop("j", "n", "s", "dt", "ts")
OUTPUT_MODE = "append"
