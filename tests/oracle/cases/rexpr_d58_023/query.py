from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("d", F.bround(col("d"), 0)).withColumn("c2", expr("d")).withColumn("c3", expr("(b > TRY_CAST(s AS BOOLEAN))")).withColumn("c4", F.date_trunc("WEEK", col("ts"))).withColumn("c5", (lit(0.5) < F.when(col("c3").isNotNull(), lit(2.0)).when(col("c3"), col("c2")).otherwise(col("d")))).select("id", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
