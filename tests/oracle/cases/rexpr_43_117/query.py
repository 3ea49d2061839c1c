from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.when(col("b"), F.pmod(col("id"), F.nullif(col("i"), lit(0)))).otherwise(col("id")), expr("CAST(t AS INT)").alias("c2"), expr("((b OR b) AND startswith(string(0.1D), 'a')) AS c3")).filter((col("t") < lit("x-y")))
OUTPUT_MODE = "append"
