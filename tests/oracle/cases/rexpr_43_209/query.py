from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(4,1), m DECIMAL(18,6), d DOUBLE, s STRING, dt DATE, j INT, i INT, ts TIMESTAMP").json(INPUT)
result = df.filter((F.isnull(F.greatest(col("s"), lit("é"))) | (col("dt") == F.to_date(lit("2025-03-01"))))).groupBy("dt").agg(F.max(col("id")).alias("a1"), F.max(lit(None).cast("timestamp")).alias("a2"), expr("round(avg(((n - n) + n)), 0) AS a3"))
OUTPUT_MODE = "update"
