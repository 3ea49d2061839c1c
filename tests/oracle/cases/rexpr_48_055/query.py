from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("make_date(2024, month(dt), 1)"), F.greatest(col("m"), (lit(99.99).cast("decimal(4,2)") + col("m"))).alias("c2"), expr("coalesce(dt, to_date('2024-02-29'))").alias("c3"), (col("i") + col("j")).alias("c4"), expr("(0.5 * i) AS c5"), F.round(col("m"), 0).alias("c6"))
OUTPUT_MODE = "append"
