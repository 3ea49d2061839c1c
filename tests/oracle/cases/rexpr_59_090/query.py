from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, m DECIMAL(18,6), i INT, ts TIMESTAMP, dt DATE, d DOUBLE, s STRING").json(INPUT)
result = df.select("id", expr("greatest(sqrt(d), d)").alias("c1"), expr("(- i)").alias("c2"), F.when((col("m") != expr("1.25")), col("s")).otherwise(F.lower(lit("42"))), expr("((d > 2.0D) OR (m > 100BD))").alias("c4")).where("coalesce((c4 OR (1.25 >= id)), true)")
OUTPUT_MODE = "append"
