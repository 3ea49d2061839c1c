spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("chr(abs(i) % 90 + 32)").alias("k1")).agg(F.min(F.date_trunc("WEEK", col("ts"))).alias("a1"), expr("count(DATE'2025-03-01') AS a2"))
OUTPUT_MODE = "update"
