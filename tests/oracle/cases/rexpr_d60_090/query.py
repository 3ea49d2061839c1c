from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, dt DATE, t STRING, i INT, k BIGINT, s STRING, j INT, d DOUBLE, m DECIMAL(10,2)").json(INPUT)
result = df.select("id", F.add_months(F.next_day(F.to_date(F.least(col("ts"), col("ts"))), "SUN"), col("i")).alias("c1"), expr("((m >= id) AND ((ts IS NOT NULL) OR (s IS NOT NULL)))").alias("c2"), expr("(2 * 3)").alias("c3"), expr("(extract(YEAR FROM dt) - d)").alias("c4"), F.regexp_extract(F.trim(F.substr(F.substr(col("s"), lit(2), lit(0)), lit(0), lit(0))), "([A-Za-z]+) ([A-Za-z]+)", 2).alias("c5")).filter("((m = 12.345) OR (j > 1))")
OUTPUT_MODE = "append"
