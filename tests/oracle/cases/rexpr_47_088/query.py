from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(4,1), dt DATE, d DOUBLE, s STRING, ts TIMESTAMP, i INT, t STRING, j INT, k BIGINT, m DECIMAL(38,10)").load(INPUT)
result = df.select("id", F.when(((-col("i")) <= col("m")), col("t")).otherwise(F.greatest(F.regexp_replace(lit(""), "[0-9]+", "#"), col("t"))).alias("c1"), F.add_months(col("ts").cast("date"), col("i")).alias("c2"), expr("day(next_day(CASE WHEN (0.1D < j) THEN last_day(dt) ELSE dt END, 'TU'))").alias("c3"), expr("CAST(k AS INT)").alias("c4"))
OUTPUT_MODE = "append"
