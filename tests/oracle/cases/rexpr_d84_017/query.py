from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("coalesce(isnan(CASE s WHEN '42' THEN d WHEN '' THEN 3.75D ELSE d END), true)").select("id", (col("m") * col("m") * col("m") * col("m") * col("m")).alias("c1"), expr("lcase(substr(s, 2, 1))").alias("c2"), F.try_multiply(F.try_add(col("d"), col("d")), col("d")).alias("c3"))
OUTPUT_MODE = "append"
