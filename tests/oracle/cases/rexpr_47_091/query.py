from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, i INT, d DOUBLE, j INT, m DECIMAL(38,10), t STRING, ts TIMESTAMP, dt DATE").load(INPUT)
result = df.groupBy(F.abs(col("i")).alias("k1")).agg(expr("round(avg(((d - m) + m)), 2) AS a1"), F.bool_or(col("d").isin(lit(0.5), lit(0.5))).alias("a2"), F.round(F.avg((col("m") / lit(7))), 3).alias("a3"), F.avg(F.when((col("d") <= lit(0.1)), col("m")).when((col("d") < lit(3.75)), expr("0.5")).when((col("dt") < F.to_date(lit("2024-02-29"))), col("m"))).alias("a4"))
OUTPUT_MODE = "complete"
