from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("f") == lit(-1.5))).select("id", expr("least(m, m, 0.5)"), col("k").try_cast("decimal(38,18)").alias("c2"), F.nullif((col("d") - F.size(F.split(F.md5(col("t")), "  *"))), lit(2.0)).alias("c3"), expr("(id - id) AS c4"), expr("bround(round(m, 0), 1)").alias("c5")).where(((lit("2024-02-29") <= lit("Hello")) | (col("id") != lit(0).cast("bigint"))))
OUTPUT_MODE = "append"
