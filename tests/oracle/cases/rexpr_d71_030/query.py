from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("second(nullif(CAST(10 AS TIMESTAMP), TIMESTAMP'2024-02-29 00:00:00')) AS c1"), F.year(col("ts")).alias("c2"), F.ceil(F.when(F.abs(F.round(col("f"), 3)) < lit(1e9), F.round(col("f"), 3))).alias("c3"), expr("CAST(true AS INT) AS c4")).filter("(c1 > 5)")
OUTPUT_MODE = "append"
