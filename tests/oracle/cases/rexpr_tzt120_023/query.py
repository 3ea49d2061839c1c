spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce((ts IS NOT NULL), true)").withColumn("c1", F.round(lit(100).cast("decimal(3,0)"), 2)).withColumn("c2", expr("(CAST((TIMESTAMP'2024-02-29 00:00:00' - (ts + (ts - ts))) AS STRING) IN ('a'))")).withColumn("c3", F.lower(F.when(col("c2"), col("s")).when(col("c2"), col("t")).when(((col("id") != lit(3).cast("bigint")) & col("c2")), col("t")).otherwise(col("s")))).select("id", "c1", "c2", "c3").filter("(id <> 1L)")
OUTPUT_MODE = "append"
