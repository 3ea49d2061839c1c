from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(10 * i)")).withColumn("c2", expr("(- m)")).withColumn("c3", expr("concat(CAST(('Hello' = s) AS STRING), CAST(1.25 AS STRING), left(s, 4))")).withColumn("c4", F.nvl2(F.when(col("b"), col("dt")).when(col("b"), F.to_date(lit("2025-03-01"))).when(col("id").isNotNull(), col("dt")).otherwise(col("dt")), col("m"), expr("99.99"))).drop("i", "k", "d", "m", "b", "dt", "ts").where(F.coalesce(col("b"), lit(True)))
OUTPUT_MODE = "append"
