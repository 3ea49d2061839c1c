from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((~F.coalesce(F.isnull(col("t")), lit(False)))).select("id", expr("('2.5' * CAST(2 AS DOUBLE))").alias("c1"), F.round(col("f"), 1).alias("c2"), (col("m") * col("i")).alias("c3"))
OUTPUT_MODE = "append"
