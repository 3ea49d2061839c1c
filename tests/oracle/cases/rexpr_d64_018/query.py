from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, b BOOLEAN, dt DATE, m DECIMAL(10,2), i INT, k BIGINT, d DOUBLE, j INT, s STRING").load(INPUT)
result = df.select("id", "i", expr("string(((id % nullif(i, 0)) DIV nullif(j, 0)))").alias("c1"), F.regexp_substr(F.conv(col("s"), 36, 10), lit("o.")).alias("c2"), col("d").cast("int").alias("c3"), F.nullif(col("d"), lit(2.0)).alias("c4"))
OUTPUT_MODE = "append"
