from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("sequence(i % 5, 4)").alias("c1"), (F.positive((lit(10) * col("m"))) - F.round((col("m") + col("i")), 2)).alias("c2"), expr("array_union(array(zeroifnull(d), CAST('NaN' AS DOUBLE), jaro_winkler_similarity(s, t)), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D))").alias("c3"))
OUTPUT_MODE = "append"
