from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, s STRING, d DOUBLE, n DECIMAL(5,3), b BOOLEAN, j INT, i INT, k BIGINT, dt DATE, t STRING, m DECIMAL(7,0)").load(INPUT)
result = df.select("id", F.ceil((col("m") / F.nullif((lit(1) * col("i")), lit(0)))).alias("c1"), ((col("d") * col("id")) * F.dayofyear(col("dt"))).alias("c2")).where((col("c2") < lit(-1.5)))
OUTPUT_MODE = "append"
