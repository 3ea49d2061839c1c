from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "m", expr("((id % nullif(i, 0)) % nullif(size(split(s, '  *')), 0)) AS c1"), (col("d") / F.nullif(col("i"), lit(0))).alias("c2")).filter(((col("k") > lit(1).cast("bigint")) | col("d").isNotNull()))
OUTPUT_MODE = "append"
