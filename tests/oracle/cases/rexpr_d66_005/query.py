from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, n DECIMAL(4,1), ts TIMESTAMP, dt DATE, m DECIMAL(10,2), f FLOAT, d DOUBLE, b BOOLEAN, j INT, i INT").load(INPUT)
result = df.filter("(s > '42')").select("f", F.reverse(col("s")).alias("c1"), F.nullif(F.when(col("b"), col("ts")).when(col("b"), F.to_timestamp(lit("2024-02-29 00:00:00"))).otherwise(col("dt").cast("timestamp")), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c2"))
OUTPUT_MODE = "append"
