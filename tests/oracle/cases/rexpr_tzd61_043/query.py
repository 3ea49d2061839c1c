spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("ifnull(ts, TIMESTAMP'2024-03-01 12:30:00.123456')").alias("c1"), expr("CASE WHEN (f > -1.5D) THEN n ELSE n END AS c2"), expr("(id + 0L) AS c3"))
OUTPUT_MODE = "append"
