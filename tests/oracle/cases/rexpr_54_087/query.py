from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((F.isnan(col("d")) | col("d").isNotNull())).groupBy("dt").agg(expr("round(avg(n), 2) AS a1"), (F.max(col("n")) - F.min(col("n"))).alias("a2"), F.max(lit(0).cast("bigint")).alias("a3"))
OUTPUT_MODE = "update"
