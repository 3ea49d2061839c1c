spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, m DECIMAL(10,2), dt DATE, b BOOLEAN, s STRING, i INT, t STRING, ts TIMESTAMP").json(INPUT)
result = df.filter("(((3 * i) BETWEEN -1 AND 0) OR (b IS NOT NULL))").select("id", F.greatest(F.unix_micros(F.date_trunc("SECOND", col("ts"))), col("id")).alias("c1"), expr("inline(array(named_struct('x', nullifzero(0), 'y', CASE WHEN b THEN s WHEN b THEN t WHEN (dt <= DATE'2025-03-01') THEN 'o' ELSE s END), named_struct('x', 2, 'y', 'b')))"), F.factorial(col("d")).alias("c3"), expr("((i > 7) = false)").alias("c4"), F.sinh(col("i")).alias("c5"), expr("sequence(5, abs(CASE WHEN (id IS NULL) THEN i WHEN exists(map_keys(map_filter(map('a', shiftright(i, 2), 'b', i), (k, v) -> v > 0)), x -> x = 'a') THEN 10 ELSE i END) % 5, -2)").alias("c6"), F.round(F.format_string("%s", lit(-1.5)).try_cast("double"), 3).alias("c7")).filter(col("d").isNotNull())
OUTPUT_MODE = "append"
