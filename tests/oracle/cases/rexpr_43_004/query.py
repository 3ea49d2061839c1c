from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(i * m)").alias("c1"), (col("ts") - expr("INTERVAL -3 DAYS")).alias("c2"))
OUTPUT_MODE = "append"
