from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, d DOUBLE, dt DATE, ts TIMESTAMP, i INT, m DECIMAL(10,2), s STRING, n DECIMAL(4,1), f FLOAT").load(INPUT)
result = df.select(expr("nullif(((id / 10) * (3 - i)), 0.001D) AS c1"), col("i").try_cast("decimal(10,4)").alias("c2"), F.translate(F.regexp_replace(lit("Hello"), "[0-9]+", "#"), "aeiou", "AEI").alias("c3"), F.date_add(col("dt"), col("d")).alias("c4"), (F.when(col("b"), col("i")).otherwise(col("i")) % lit(2)).alias("c5")).filter("(c3 IS NOT NULL)")
OUTPUT_MODE = "append"
