from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s").agg(F.sum(col("d")).alias("a1"), F.round(F.avg(col("i")), 0).alias("a2"), expr("round(avg(nullif(least(d, 100.0D), 0.5D)), 3) AS a3"), F.max(col("t").cast("boolean")).alias("a5"), expr("(max(d) - min(d)) AS a4"))
OUTPUT_MODE = "update"
