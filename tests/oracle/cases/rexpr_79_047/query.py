from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(10,2), k BIGINT, j INT, f FLOAT, s STRING, dt DATE, b BOOLEAN, i INT, t STRING, d DOUBLE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("t").agg(expr("max(trunc(dt, 'MM')) AS a1"), F.max(F.signum(col("m"))).alias("a2"))
OUTPUT_MODE = "complete"
