from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.when(col("b"), F.year(col("dt"))).otherwise(lit(1)).alias("c1"), expr("nvl2(k, t, '') AS c2")).filter(F.coalesce(col("id").isNotNull(), lit(True)))
OUTPUT_MODE = "append"
