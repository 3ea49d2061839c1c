from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(coalesce(id, id, 86400L) + CAST((d <=> 0.001D) AS BIGINT))")).withColumn("c2", F.repeat(col("t"), 2).rlike("[0-9]+")).withColumn("c3", F.when(expr("CASE s WHEN 'a' THEN (c2 IS NOT TRUE) WHEN 'o' THEN (ts >= TIMESTAMP'2024-03-01 12:30:00.123456') ELSE c2 END"), F.coalesce(col("c1"), col("id"), lit(0).cast("bigint"))).when(col("c2"), col("c1")).when(col("j").isNotNull(), col("c2").cast("bigint"))).withColumn("c4", expr("(dt + INTERVAL -10 DAYS)")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
