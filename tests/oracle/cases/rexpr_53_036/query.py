from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.when(col("b"), col("dt")).when(col("b").isNotNull(), col("dt")).otherwise(col("dt")).alias("c1"), F.ceil(((col("m") + col("m")) + col("m")), 1).alias("c2"))
OUTPUT_MODE = "append"
