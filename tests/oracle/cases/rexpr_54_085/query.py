from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(F.coalesce((col("b") & col("b")), lit(True))).select("id", "b", lit("a").like("H%").alias("c1"), expr("date_sub(dt, i)").alias("c2"))
OUTPUT_MODE = "append"
