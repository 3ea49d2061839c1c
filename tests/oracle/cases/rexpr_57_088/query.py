from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.nullif(col("d"), lit(0.1))).withColumn("c2", expr("isnan(CASE WHEN (f <= -1.5D) THEN nullif(f, -1.5D) ELSE CAST(m AS DOUBLE) END)")).drop("i", "j", "d", "t", "dt", "ts")
OUTPUT_MODE = "append"
