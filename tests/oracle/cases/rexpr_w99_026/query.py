from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("s") < lit("42"))).select("id", F.substring(lit("日本"), 0, 1).alias("c1"), (col("n") / F.nullif(col("m"), lit(0))).alias("c2"))
OUTPUT_MODE = "append"
