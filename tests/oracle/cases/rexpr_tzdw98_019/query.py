spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.quarter(col("dt")), F.get(F.split((col("m") / F.nullif(expr("0.5"), lit(0))).cast("string"), ","), 0).alias("c2"), F.when(F.array_contains(F.split(col("t"), ","), ""), F.ceil(F.when(F.abs(F.round(col("d"), 3)) < lit(1e9), F.round(col("d"), 3)))).when(lit(False), lit(1000).cast("bigint")).otherwise(F.coalesce(lit(3).cast("bigint"), lit(1000).cast("bigint"))).alias("c3"), expr("array_contains(split(concat(space(3), s), ','), 'Hello') AS c4"), F.months_between(F.next_day(F.trunc(col("dt"), "Q"), "Mon"), F.nullif(col("dt"), F.to_date(lit("2024-02-29")))).alias("c5"))
OUTPUT_MODE = "append"
