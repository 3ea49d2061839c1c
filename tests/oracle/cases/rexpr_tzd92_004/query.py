spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.date_trunc("SECOND", F.least(F.to_timestamp(lit("2024-02-29 00:00:00")), col("ts"))), expr("(id - try_add(d, -1.5D)) AS c2"), F.timestamp_seconds(col("i")).alias("c3"))
OUTPUT_MODE = "append"
