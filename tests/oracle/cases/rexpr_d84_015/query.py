from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.bit_count(F.try_subtract(col("j"), (col("i") - col("i")))).alias("c1"), expr("(s RLIKE 'o$') AS c2"), (F.when(col("s").like("%o%"), col("id")) < F.round(((col("m") / expr("10.5")) - col("m")), 1)).alias("c3"), expr("least((i + -1), (i + 10), 7)").alias("c4")).where("(i <= -1)")
OUTPUT_MODE = "append"
