from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, i INT, t STRING, k BIGINT, d DOUBLE, f FLOAT, ts TIMESTAMP, m DECIMAL(12,4), j INT, dt DATE").load(INPUT)
result = df.withColumn("c1", (col("m") / F.nullif(col("m"), lit(0))).eqNullSafe(col("f"))).withColumn("c2", expr("(m / nullif(j, 0))")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
