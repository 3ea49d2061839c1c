from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, b BOOLEAN, ts TIMESTAMP, m DECIMAL(38,10), i INT, dt DATE, s STRING, j INT").load(INPUT)
result = df.withColumn("c1", (col("id") - col("i")).cast("double")).withColumn("s", F.when((col("id") != F.abs(col("d"))), F.format_string("%d%%", col("i"))).otherwise(F.rpad(F.regexp_replace(col("s"), "[aeiou]", "*"), 6, "*"))).select("id", "c1")
OUTPUT_MODE = "append"
