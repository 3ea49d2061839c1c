from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s", F.try_multiply(col("d"), col("d")).alias("k2")).agg(F.sum(((F.coalesce(col("id"), col("id"), lit(0).cast("bigint")) - F.length(col("s"))) % F.nullif(col("i"), lit(0)))).alias("a1"), expr("bool_or(b) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
