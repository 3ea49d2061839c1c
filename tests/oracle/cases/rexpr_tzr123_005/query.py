spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(t >= 'x-y')").select("id", "m", expr("array_sort(array(sha(substring(coalesce(t, 'x-y'), 0, 10)), translate('é', 'lo', '01'), 'b'), (l, r) -> CASE WHEN length(l) < length(r) THEN -1 WHEN length(l) > length(r) THEN 1 ELSE 0 END)").alias("c1"), expr("posexplode_outer(array_remove(array(t, 'x'), 'x'))"), expr("sentences('Hello there. How are you? ' || typeof(next_day(trunc(dt, 'MM'), 'SUN')), 'en', 'US')").alias("c3"), F.factorial(F.abs(F.zeroifnull(F.when(expr("exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a')"), col("i")))) % 25).alias("c4")).filter((~F.coalesce(((col("s") == lit("2024-02-29")) & (col("dt") >= F.to_date(lit("2000-01-01")))), lit(False))))
OUTPUT_MODE = "append"
