from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("i").cast("boolean") | col("ts").isNull())).select("id", expr("(i - (n / 3.5)) AS c1"), expr("(pmod(id, -4) * 1)").alias("c2"), expr("if((trim(t) != s), date_trunc('QUARTER', CASE WHEN (b IS NOT TRUE) THEN ts WHEN b THEN ts WHEN b THEN ts ELSE ts END), ts)").alias("c3"), expr("dayofmonth(make_date(2023, 12, least(dayofmonth(next_day(dt, 'fri')), 28))) AS c4"), expr("CASE WHEN (date_format(ts, 'EEEE') >= concat(t, t, t)) THEN CASE WHEN (NOT b) THEN 3L WHEN (f <> 0.1D) THEN (id % nullif(i, 0)) ELSE id END ELSE id END AS c5"))
OUTPUT_MODE = "append"
