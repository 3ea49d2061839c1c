from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("t", expr("greatest(dt, dt)").alias("c1"), F.round(F.greatest(col("m"), col("m"), col("m")), 0).alias("c2"))
OUTPUT_MODE = "append"
