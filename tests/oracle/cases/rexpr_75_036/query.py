from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, n DECIMAL(5,3), i INT, s STRING, f FLOAT, t STRING, m DECIMAL(18,6), d DOUBLE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "n", F.when(((col("d") == lit(100.0)) & (col("ts") >= F.to_timestamp(lit("2024-02-29 00:00:00")))), col("i")).otherwise(col("dt").isNotNull().cast("int")), expr("((d * i) / nullif(i, 0)) AS c2"), F.try_divide(col("i"), col("d")).alias("c3"), expr("(m / nullif(i, 0)) AS c4"))
OUTPUT_MODE = "append"
