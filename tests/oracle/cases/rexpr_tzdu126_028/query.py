spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(col("id").isNotNull()).select("id", expr("stack(2, datediff(TIMESTAMP'1999-12-31 23:59:59.999', date_add(dt, i)), t, i, s)"), expr("array_sort(array(nullif(s, ''), to_xml(named_struct('a', i, 'b', s)), 'b'), (l, r) -> CASE WHEN length(l) < length(r) THEN -1 WHEN length(l) > length(r) THEN 1 ELSE 0 END) AS c2"), expr("asin(d / 1000)").alias("c3"), F.nanvl(col("d"), lit(-1.0)).alias("c4"), F.make_timestamp(F.year(F.greatest(col("dt"), col("dt"), F.next_day(col("dt"), "wednesday"))), F.month(F.greatest(col("dt"), col("dt"), F.next_day(col("dt"), "wednesday"))), F.dayofmonth(F.greatest(col("dt"), col("dt"), F.next_day(col("dt"), "wednesday"))), lit(23), lit(0), lit(expr("15.5"))).alias("c5")).where(F.coalesce((col("c3") > lit(2.0)), lit(True)))
OUTPUT_MODE = "append"
