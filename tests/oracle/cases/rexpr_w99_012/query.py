from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.lpad(F.left(F.reverse(col("t")), lit(0)), 8, " ")).withColumn("c2", F.expr("(pmod(i, nullif(i, 0)) ^ -1)").cast("int")).withColumn("c3", col("m").try_cast("bigint")).drop("k", "d", "b", "ts")
OUTPUT_MODE = "append"
