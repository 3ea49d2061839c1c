from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("((NOT b) OR b)"), expr("(i + i)").alias("c2"), expr("ceil(d)").alias("c3"), F.try_to_timestamp(col("t")).alias("c4"), F.regexp_replace(lit("é"), "[0-9]+", "#").alias("c5"))
OUTPUT_MODE = "append"
