spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("is_valid_utf8(unhex('C328'))").alias("c1"), F.date_trunc("MINUTE", (col("ts") + expr("INTERVAL 1 MONTH"))).alias("c2"), expr("CASE WHEN false THEN ts WHEN (t = 'o') THEN ts WHEN true THEN ts END AS c3"), expr("stack(3, nvl2(s, dt, DATE'2025-03-01'), 1, dt)"))
OUTPUT_MODE = "append"
