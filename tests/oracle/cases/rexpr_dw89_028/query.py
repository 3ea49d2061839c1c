from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.greatest(col("i"), col("i"), col("i"))).withColumn("c2", expr("bround((m + m), 1)")).withColumn("c3", expr("coalesce(id, (id - id), -2L)")).withColumn("c4", col("j").cast("double")).drop("i", "j", "k", "d").filter(col("m").isNotNull())
OUTPUT_MODE = "append"
