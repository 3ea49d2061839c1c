from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, i INT, t STRING, b BOOLEAN, j INT, d DOUBLE, m DECIMAL(12,4), ts TIMESTAMP, dt DATE, n DECIMAL(5,3)").load(INPUT)
result = df.filter((F.right(F.format_string("%s-%d", lit("Hello"), col("id")), lit(1)).contains("") | col("t").isNotNull())).withColumn("c1", expr("bround((m - weekday(dt)), 3)")).withColumn("c2", F.when(col("b"), F.coalesce(lit(86400).cast("bigint"), col("id"), lit(1000).cast("bigint"))).when((col("i") < lit(-1)), col("id")).when(F.when(col("b"), col("s").isNotNull()).otherwise((col("m") >= expr("1.25"))), lit(3).cast("bigint"))).drop("t", "b", "m", "n").where("((TIMESTAMP'2024-03-01 12:30:00.123456' = DATE'2025-03-01') OR (NOT b))")
OUTPUT_MODE = "append"
