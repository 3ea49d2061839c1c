from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.date_trunc("SECOND", F.timestamp_seconds(F.when((col("m") != expr("99.99")), col("i")))).alias("c1"), F.regexp_replace(F.regexp_extract(col("s"), "^(\\S*)", 1), "[0-9]+", "#"), expr("dayofmonth(trunc((dt - INTERVAL 2 YEARS), 'MM')) AS c3"), F.log((col("f") / F.nullif(col("d"), lit(0)))).alias("c4"), F.trim(F.repeat(col("t"), 0)).alias("c5"))
OUTPUT_MODE = "append"
