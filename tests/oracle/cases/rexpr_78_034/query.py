from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("bround(TRY_CAST(CAST(TIMESTAMP'2024-03-01 12:30:00.123456' AS BIGINT) AS DECIMAL(5,1)), 2)")).withColumn("c2", expr("(- d)")).withColumn("c3", expr("TRY_CAST('o' AS TIMESTAMP)")).withColumn("c4", expr("(i / nullif(i, 0))")).withColumn("c5", F.concat(F.sha2(col("s"), 0), col("s"), (col("i") + col("i")).cast("string"))).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
