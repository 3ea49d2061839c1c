from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("j").agg(expr("(max(i) - min(i)) AS a1"), expr("(max(3.75D) - min(3.75D)) AS a2"), F.sort_array(F.collect_set(F.when(col("b"), lit("x-y")).when(col("b"), col("s")).otherwise(lit("42")))).alias("a3"), F.count_if(col("i").cast("boolean")).alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
