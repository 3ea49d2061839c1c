from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CAST(date_sub(date_sub(dt, i), 2) AS TIMESTAMP)")).withColumn("c2", (col("i") / F.nullif(col("j"), lit(0)))).withColumn("c3", F.nvl2(lit(False), col("id").isNotNull(), lit(False)).cast("decimal(6,3)")).withColumn("c4", expr("(id % -4)"))
OUTPUT_MODE = "append"
