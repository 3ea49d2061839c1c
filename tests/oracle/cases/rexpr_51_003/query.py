from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, n DECIMAL(20,0), d DOUBLE, i INT, dt DATE, k BIGINT, ts TIMESTAMP, j INT, m DECIMAL(7,0)").load(INPUT)
result = df.withColumn("c1", (col("d") / col("i"))).withColumn("c2", (col("n") / F.nullif(col("i"), lit(0)))).withColumn("c3", (col("id") - F.size(F.split(F.rpad(col("s"), 6, "ab"), "[aeiou]")))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
