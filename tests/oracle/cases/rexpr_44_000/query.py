from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, j INT, i INT, dt DATE, d DOUBLE, n DECIMAL(4,1), t STRING, ts TIMESTAMP, s STRING, m DECIMAL(12,4), b BOOLEAN").json(INPUT)
result = df.where((((col("i") * lit(2)) >= col("m")) | (col("t") < lit("42")))).groupBy(F.concat_ws("-", lit("x-y"), col("t")).alias("k1"), expr("(m = 12.345) AS k2")).agg(expr("max(CAST((t <= '') AS BIGINT)) AS a1"), F.max((col("id") % lit(7))).alias("a2"))
OUTPUT_MODE = "update"
