from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.abs(F.coalesce((expr("0.5") * col("m")), F.coalesce(col("m"), expr("-3.10")), expr("100BD")))).withColumn("c2", expr("(size(array_distinct(split(least(t, nvl2((dt IS NOT NULL), s, s)), '-'))) IS NOT NULL)")).drop("i", "j", "d", "m", "s", "dt")
OUTPUT_MODE = "append"
