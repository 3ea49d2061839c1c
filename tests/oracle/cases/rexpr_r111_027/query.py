from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, ts TIMESTAMP, m DECIMAL(12,4), dt DATE, j INT, n DECIMAL(5,3), i INT, s STRING").load(INPUT)
result = df.select("id", expr("array_union(array(bround(3.75D, 3), CAST('NaN' AS DOUBLE), (d + d)), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D))").alias("c1"), F.array_position(F.array(col("s"), lit('a'), col("s")), 'a').alias("c2"), F.date_trunc("QUARTER", col("ts")).alias("c3"))
OUTPUT_MODE = "append"
