from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, d DOUBLE, f FLOAT, dt DATE, ts TIMESTAMP, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, i INT").json(INPUT)
result = df.where((col("id") >= lit(1).cast("bigint"))).select("id", expr("(d * i)").alias("c1"), F.floor(F.when(F.abs(F.round(col("d"), 3)) < lit(1e9), F.round(col("d"), 3))).alias("c2"))
OUTPUT_MODE = "append"
