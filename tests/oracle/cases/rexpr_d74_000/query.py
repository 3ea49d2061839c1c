from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("k") < lit(1000).cast("bigint"))).select("k", F.try_subtract(col("m"), F.bround(col("m"), 1)).alias("c1"), expr("(b >= (NOT b)) AS c2"))
OUTPUT_MODE = "append"
