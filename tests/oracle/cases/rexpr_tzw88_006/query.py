spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CAST(next_day(least(dt, date_sub(dt, i), dt), 'TU') AS TIMESTAMP)")).withColumn("c2", expr("(m + (n - m))")).drop("i", "k", "d", "s", "b", "dt", "ts").filter("(nvl2(k, (dt <= DATE'2025-03-01'), false) OR (d IS NOT NULL))")
OUTPUT_MODE = "append"
