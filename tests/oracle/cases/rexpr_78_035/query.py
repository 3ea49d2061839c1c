from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, k BIGINT, m DECIMAL(38,10), ts TIMESTAMP, i INT, t STRING, n DECIMAL(4,1), b BOOLEAN, s STRING, dt DATE").load(INPUT)
result = df.filter((F.isnan((lit(5).cast("bigint") / F.nullif(col("d"), lit(0)))) | (col("n") < lit(1.25).cast("decimal(3,2)")))).select("id", F.greatest(col("dt"), F.next_day(col("dt"), "Mon")).alias("c1"), F.ifnull(col("d"), lit(-1.5)).alias("c2"), F.nullif(lit(0), lit(10)).alias("c3"), expr("floor(CASE WHEN (regexp_replace(t, '[0-9]+', '#') <> t) THEN n ELSE nullif(m, 1.25) END)").alias("c4"))
OUTPUT_MODE = "append"
