from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.when(col("b"), col("d")).when(col("b"), col("d")).when((col("d") != lit(0.001)), col("d")).otherwise(col("d")).alias("c1"), F.bround(F.nullif(col("d"), lit(float("nan"))), 2), expr("date_from_unix_date(nullif(i, 3)) AS c3"), F.when(col("b"), lit("2024-02-29")).otherwise(col("s")).alias("c4"))
OUTPUT_MODE = "append"
