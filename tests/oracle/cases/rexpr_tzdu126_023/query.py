spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("int(power(int(power(zeroifnull(i) % 4, 2)) % 4, 2))")).withColumn("c2", expr("trunc(greatest((greatest(dt, DATE'2024-02-29', dt) - INTERVAL -10 DAYS), dt, to_date('2025-03-01')), 'YEAR')")).drop("k", "d", "m", "t", "b", "dt", "ts")
OUTPUT_MODE = "append"
