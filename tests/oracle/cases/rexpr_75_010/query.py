from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(i - n)")).withColumn("c2", ((F.to_timestamp(lit("2024-02-29 00:00:00")) <= col("dt")) | (col("c1") != expr("1.25")))).drop("j", "d", "f", "n", "s", "t", "dt")
OUTPUT_MODE = "append"
