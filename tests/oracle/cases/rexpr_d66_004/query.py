from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", ((col("m") * col("n")) / expr("7.5"))).withColumn("c2", expr("md5(i)")).withColumn("c3", F.least(col("ts"), F.when(col("b"), F.timestamp_millis(col("i"))).when(F.coalesce(lit(False), lit(False)), col("ts")).otherwise(col("ts")))).withColumn("c4", expr("CAST(DATE'2023-12-31' AS TIMESTAMP)")).withColumn("c5", expr("locate('l', if((id >= i), CASE WHEN (id <= 86400L) THEN s ELSE s END, s), 2)")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
