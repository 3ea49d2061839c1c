from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, b BOOLEAN, d DOUBLE, t STRING, ts TIMESTAMP, n DECIMAL(20,0), m DECIMAL(7,0), i INT, dt DATE, s STRING").json(INPUT)
result = df.select("id", expr("((regexp_replace(typeof(dt), '[aeiou]', '*') ILIKE '_') AND b) AS c1"), expr("slice(array(i, i, 3, 4), 2, 0)").alias("c2"), expr("(coalesce(id, 1000L, 1L) + i) AS c3"), expr("(CAST(i AS STRING) RLIKE 'o$') AS c4"), F.arrays_overlap(F.array(F.when((~col("b")), lit(0)).when((col("i") <= lit(3)), col("i")).when(col("b"), col("i")).otherwise(col("i")), F.array_max(F.array(col("i"), col("i"), lit(3)))), F.array(lit(1), lit(2), F.when((~col("b")), lit(0)).when((col("i") <= lit(3)), col("i")).when(col("b"), col("i")).otherwise(col("i")))).alias("c5")).filter("(NOT coalesce((d <=> CAST(NULL AS BIGINT)), false))")
OUTPUT_MODE = "append"
