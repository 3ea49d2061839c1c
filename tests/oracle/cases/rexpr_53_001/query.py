from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (col("ts") - expr("INTERVAL 1 MONTH")).alias("c1"), F.when(col("b"), col("m")).when(col("b"), expr("-3.10")).otherwise(col("m")).alias("c2"), expr("(i % nullif((i % nullif(i, 0)), 0)) AS c3"))
OUTPUT_MODE = "append"
