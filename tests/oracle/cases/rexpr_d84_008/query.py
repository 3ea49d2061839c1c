from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, k BIGINT, s STRING, i INT, j INT, n DECIMAL(20,0), m DECIMAL(38,10), dt DATE, b BOOLEAN, ts TIMESTAMP, d DOUBLE").json(INPUT)
result = df.select("id", F.date_sub(F.add_months(F.last_day(col("dt")), col("i")), col("i")).alias("c1"), expr("nullif(string((least(dt, dt) - INTERVAL 2 YEARS)), ' ')").alias("c2")).filter("(NOT coalesce(coalesce((c1 = to_date('2000-01-01')), (c2 <= 'Hello'), true), false))")
OUTPUT_MODE = "append"
