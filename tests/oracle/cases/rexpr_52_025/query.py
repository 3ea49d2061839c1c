from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.array_join(F.split(F.ltrim(F.ltrim(col("s"))), "[aeiou]"), "-")).withColumn("c2", F.reverse(F.reverse(col("t")))).withColumn("c3", expr("format_string('%s-%d', t, j)"))
OUTPUT_MODE = "append"
