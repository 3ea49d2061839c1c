spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(greatest(ts, ts) - INTERVAL '25:00' HOUR TO MINUTE) AS c1"), expr("greatest((12.345 / 7.5), m)").alias("c2"), (lit(1) + col("id")).alias("c3"))
OUTPUT_MODE = "append"
