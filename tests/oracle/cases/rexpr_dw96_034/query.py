from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, t STRING, n DECIMAL(5,3), i INT, b BOOLEAN, m DECIMAL(38,10), dt DATE, ts TIMESTAMP, s STRING, d DOUBLE").json(INPUT)
result = df.select("id", F.when(col("b"), col("ts")).when(col("j").isNotNull(), col("ts")).when((lit("2024-02-29") <= col("t")), col("ts")).alias("c1"), (col("id") / lit(3)).alias("c2"), expr("((CASE WHEN ((i > 7) = false) THEN 0 ELSE i END > 7) = true) AS c3"))
OUTPUT_MODE = "append"
