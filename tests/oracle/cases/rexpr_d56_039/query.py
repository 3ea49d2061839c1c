from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(col("i").cast("double"), expr("(i * 100000000)").alias("c2"), F.unix_timestamp(F.when((col("m") != expr("1.25")), lit(None).cast("timestamp")).otherwise(col("ts"))).alias("c3"), expr("nullif((m + m), -3.10) AS c4"), expr("if((t <> '日本'), (i - i), size(split(t, '-'))) AS c5"), F.timestamp_seconds(F.least(col("i"), col("i"))).alias("c6"))
OUTPUT_MODE = "append"
