spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(col("i").alias("k1")).agg((F.max(col("m")) - F.min(col("m"))).alias("a1"), F.count_if(F.regexp_like(F.concat(col("s"), col("s"), col("s")), lit("^[A-Z]"))).alias("a2"), F.max(((lit(2) * col("id")) / F.nullif(col("f"), lit(0)))).alias("a3"), F.max(col("s")).alias("a4"))
OUTPUT_MODE = "complete"
