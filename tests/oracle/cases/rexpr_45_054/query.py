from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.nullif((col("id") / F.nullif(col("i"), lit(0))), lit(-1.5))).withColumn("c2", expr("TRY_CAST(t AS DOUBLE)"))
OUTPUT_MODE = "append"
