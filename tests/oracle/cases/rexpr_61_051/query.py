from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.greatest(col("ts"), col("ts"))).withColumn("c2", F.isnull(F.weekday(col("dt")))).withColumn("c3", expr("greatest((10 % nullif(j, 0)), i, j)")).withColumn("c4", (col("ts") + lit(1)))
OUTPUT_MODE = "append"
