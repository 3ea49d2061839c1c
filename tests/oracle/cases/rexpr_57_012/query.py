from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, s STRING, ts TIMESTAMP, m DECIMAL(18,6), dt DATE").load(INPUT)
result = df.select("id", "dt", F.nullif(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).alias("c1"), expr("initcap(trim(repeat(CAST(i AS STRING), 2))) AS c2"), expr("exp(i)").alias("c3"), expr("length(format_string('%s', bround(d, 0))) AS c4"), expr("CASE WHEN (m > -3.10) THEN (m <> 99.99) WHEN (m IS NOT NULL) THEN (ts < TIMESTAMP'1999-12-31 23:59:59.999') WHEN (d <= 3.75D) THEN (d > 0.001D) ELSE (d > 0.1D) END AS c5"))
OUTPUT_MODE = "append"
