from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, dt DATE, n DECIMAL(5,3), b BOOLEAN, m DECIMAL(18,6), i INT, s STRING, ts TIMESTAMP, d DOUBLE, f FLOAT").json(INPUT)
result = df.groupBy(F.when((col("b") & col("b")), col("f")).otherwise(F.log(10.0, col("m"))).alias("k1")).agg(F.count(F.abs((col("i") / lit(2)))).alias("a1"), F.count_if((F.timestamp_seconds(F.expr("(i ^ -1)").cast("int")) != col("ts"))).alias("a2"))
OUTPUT_MODE = "update"
