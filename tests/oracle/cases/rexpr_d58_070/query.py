from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, b BOOLEAN, ts TIMESTAMP, s STRING, n DECIMAL(4,1), m DECIMAL(18,6), j INT, dt DATE, i INT, d DOUBLE").load(INPUT)
result = df.select("id", "dt", expr("CASE WHEN (array_join(split(s, '[aeiou]'), '-') != repeat(t, 3)) THEN m ELSE ((n / 7) + m) END AS c1"), F.replace(F.least(lit("é"), F.trim(col("t")), col("s")), lit("o"), lit("0")).alias("c2"), col("d").isNotNull().alias("c3"), expr("CAST(t AS BOOLEAN)").alias("c4"))
OUTPUT_MODE = "append"
