spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((~F.coalesce((col("dt") != F.to_date(lit("2024-02-29"))), lit(False)))).select("id", expr("power(abs(map_values(map('x', nullif(d, 0.1D)))[0]), 0.5D)").alias("c1"), expr("try_mod(d, 3.75D)").alias("c2"), expr("month(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1])").alias("c3"), expr("sequence(trunc(dt, 'Q'), date_add(trunc(dt, 'Q'), 2))").alias("c4"), expr("explode_outer(split(CAST(to_utc_timestamp(ts, 'America/New_York') AS STRING), ' '))"), (col("ts") != col("dt")).alias("c6"))
OUTPUT_MODE = "append"
