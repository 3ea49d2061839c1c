from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, b BOOLEAN, i INT, m DECIMAL(10,2), k BIGINT, j INT, d DOUBLE, ts TIMESTAMP, dt DATE, n DECIMAL(4,1)").load(INPUT)
result = df.select("id", (F.regexp_count(col("s"), lit("[0-9]")) != lit(3).cast("bigint")).alias("c1"), expr("TRY_CAST(d AS BIGINT)").alias("c2"), F.when(col("b"), F.date_trunc("MINUTE", F.greatest(col("ts"), col("ts")))).alias("c3")).filter("(i >= 3)")
OUTPUT_MODE = "append"
