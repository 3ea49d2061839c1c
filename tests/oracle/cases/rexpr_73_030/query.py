from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.round(col("d"), col("i")).alias("c1"), (lit(3) * col("id")).alias("c2"), expr("((86400L - id) - id)").alias("c3")).where("(i <= 1)")
OUTPUT_MODE = "append"
