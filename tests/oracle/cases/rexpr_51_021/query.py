from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((NOT (n <=> instr(t, ''))) OR (n IS NOT NULL))").select("id", "n", F.when((col("i") == lit(0)), lit(-4)).when((col("s") <= col("t")), lit(100)).otherwise(col("i")), expr("CASE WHEN (TIMESTAMP'2024-02-29 00:00:00' <= dt) THEN d WHEN ((ts <= TIMESTAMP'1999-12-31 23:59:59.999') != (d < 100.0D)) THEN d WHEN ('日本' <= t) THEN d ELSE pow(exp(CAST(NULL AS DOUBLE)), -1) END").alias("c2"), (col("id") * lit(2)).alias("c3"), expr("(- (id / nullif(d, 0)))").alias("c4")).filter("coalesce(endswith(s, 'a'), true)")
OUTPUT_MODE = "append"
