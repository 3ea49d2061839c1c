from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(n * m) AS c1"), (col("d") / F.nullif(col("i"), lit(0))).alias("c2"), expr("endswith(t, ' ')").alias("c3"), F.pmod(lit(3).cast("bigint"), lit(-4)).alias("c4"))
OUTPUT_MODE = "append"
