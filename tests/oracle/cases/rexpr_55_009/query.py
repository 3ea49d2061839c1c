from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, i INT, s STRING, m DECIMAL(18,6), d DOUBLE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.bround(F.coalesce(col("d"), col("d"), lit(0.1)), -1)).withColumn("s", expr("try_element_at(split(s, ' '), 3)")).withColumn("c3", expr("(dt <= ts)")).withColumn("c4", F.concat_ws("", col("s"), lit("abc"), col("s"))).withColumn("c5", lit(1000).cast("bigint").cast("boolean")).drop("dt", "m", "ts")
OUTPUT_MODE = "append"
