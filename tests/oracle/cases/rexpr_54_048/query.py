from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, t STRING, m DECIMAL(38,10), ts TIMESTAMP, b BOOLEAN, dt DATE, d DOUBLE, s STRING, n DECIMAL(9,5)").json(INPUT)
result = df.select("id", F.date_trunc("MONTH", col("ts")).alias("c1"), F.repeat(lit("日本"), -1).rlike("^$").alias("c2"), F.translate(F.regexp_replace(F.greatest(col("dt").cast("string"), col("s")), "[0-9]+", "#"), "abc", "").alias("c3"), F.format_number((col("m") + (col("n") - col("n"))), 2).alias("c4"))
OUTPUT_MODE = "append"
