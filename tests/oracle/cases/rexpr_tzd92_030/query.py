spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, b BOOLEAN, s STRING, n DECIMAL(20,0), m DECIMAL(38,10), i INT, t STRING, dt DATE, j INT, d DOUBLE, ts TIMESTAMP, f FLOAT").load(INPUT)
result = df.where((col("i") < lit(2))).select("id", expr("date_format(to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm'), 'EEEE')").alias("c1"), expr("make_date(2023, pmod(i, 12) + 1, 1)"), expr("array_join(transform(split(translate('abc', 'lo', '01'), ' '), x -> upper(x)), '-')"), expr("substring_index(t, ',', 0)").alias("c4")).where("coalesce(if(b, b, b), true)")
OUTPUT_MODE = "append"
