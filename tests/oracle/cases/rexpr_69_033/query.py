from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, s STRING, m DECIMAL(7,0), k BIGINT, dt DATE, n DECIMAL(9,5), j INT, d DOUBLE, t STRING, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(d BETWEEN 0.001D AND 3.75D)")).withColumn("c2", F.least(col("ts"), col("ts"))).withColumn("c3", expr("(3L + d)")).withColumn("k", F.ceil(F.when(F.abs(F.round(F.least(col("d"), lit(0.001)), 3)) < lit(1e9), F.round(F.least(col("d"), lit(0.001)), 3))))
OUTPUT_MODE = "append"
