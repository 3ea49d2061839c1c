from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, f FLOAT, j INT, m DECIMAL(18,6), b BOOLEAN, ts TIMESTAMP, dt DATE, t STRING, i INT, s STRING, d DOUBLE").load(INPUT)
result = df.withColumn("c1", F.rtrim(col("t"))).withColumn("c2", F.make_date(lit(2023), F.pmod(col("i"), lit(12)) + lit(1), lit(1))).withColumn("c3", (col("m") + (-col("m")))).withColumn("c4", F.round(col("m"), 0)).withColumn("c5", F.date_trunc("SECOND", F.when(col("j").isin(lit(5)), col("ts")).when((col("i") <= lit(2)), col("ts")).otherwise(col("ts")))).select("id", "c1", "c2", "c3", "c4", "c5").filter("(dt < DATE'2025-03-01')")
OUTPUT_MODE = "append"
