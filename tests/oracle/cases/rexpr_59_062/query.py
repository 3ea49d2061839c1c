from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.when(col("b"), lit("a")).when((col("s") >= lit("42")), col("s")).when(col("b"), col("s")).otherwise(lit("x-y")).alias("c1"), expr("startswith(sha1(s), ' ') AS c2")).where("coalesce((c2 OR c2), true)")
OUTPUT_MODE = "append"
