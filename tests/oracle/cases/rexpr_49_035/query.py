from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "m", (col("i") % F.nullif(col("i"), lit(0))).alias("c1"), F.when(col("j").isNotNull(), (col("m") - col("m"))).when((col("i") != col("j")), col("m")).otherwise(col("m")).alias("c2"), F.try_to_timestamp(col("t")).alias("c3")).filter(((col("k").isNotNull() | col("b")) | col("ts").isNull()))
OUTPUT_MODE = "append"
