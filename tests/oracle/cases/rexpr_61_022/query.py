from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("i").agg(F.sort_array(F.collect_set(col("s"))).alias("a1"), F.max((F.greatest(col("n"), lit(-3.10).cast("decimal(3,2)"), lit(None).cast("decimal(10,2)")) / expr("7.5"))).alias("a2"))
OUTPUT_MODE = "complete"
