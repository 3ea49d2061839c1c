from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("dt").agg(F.sum((lit(2) * col("id"))).alias("a1"), F.max(F.when(col("f").isNotNull(), col("ts")).when(col("b"), col("ts")).otherwise(F.to_timestamp(lit("1999-12-31 23:59:59.999")))).alias("a2")).orderBy("dt")
OUTPUT_MODE = "complete"
ORDERED = True
