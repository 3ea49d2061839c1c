from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(F.greatest(F.substring(col("s"), 0, 1), F.concat(col("s"), F.replace(col("s"), lit("l"), lit("LL")), col("t")), F.initcap(F.least(col("t"), col("s"), lit("a")))).alias("c1"), expr("months_between(TIMESTAMP'2024-02-29 00:00:00', make_date(year(last_day(dt)), 12, 28), false)").alias("c2"))
OUTPUT_MODE = "append"
