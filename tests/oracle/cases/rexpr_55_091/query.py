from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(NOT coalesce((b AND (id IS NOT NULL)), false))").withColumn("c1", expr("(100BD <=> char_length('Hello'))")).withColumn("c2", (F.ceil(expr("-3.10")) / F.nullif(col("m"), lit(0)))).withColumn("c3", F.floor(F.when(F.abs(F.round(col("d"), 3)) < lit(1e9), F.round(col("d"), 3)))).withColumn("c4", (col("i") - col("id"))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
