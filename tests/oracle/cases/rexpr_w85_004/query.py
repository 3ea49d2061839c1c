from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.bround(F.bround(col("m"), 1), 0).between(expr("1.25"), expr("100BD")).alias("c1"), F.format_number(F.floor(F.when(F.abs(F.round(col("d"), 3)) < lit(1e9), F.round(col("d"), 3))), 2).alias("c2"), expr("((months_between(to_date('2000-01-01'), ts) IN (100.0D)) AND (i <> -1)) AS c3"), expr("CASE WHEN (NOT (id <= 0L)) THEN id ELSE (id % nullif(i, 0)) END").alias("c4"))
OUTPUT_MODE = "append"
