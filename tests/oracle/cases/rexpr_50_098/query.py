from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, t STRING, b BOOLEAN, s STRING, j INT, m DECIMAL(10,2), n DECIMAL(9,5), d DOUBLE, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.rpad(col("s"), 6, "ab").alias("c1"), F.when(col("b"), col("ts")).when(col("b"), col("ts")).when(col("b"), col("ts")), expr("CASE WHEN (coalesce(t, ' ') != s) THEN pmod(n, nullif(n, 0)) ELSE n END").alias("c3"), expr("(n + d)"))
OUTPUT_MODE = "append"
