spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("to_binary(s, 'utf-8')").alias("c1"), expr("to_unix_timestamp(ts)").alias("c2"), expr("make_timestamp(year(date_sub(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], i)), month(date_sub(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], i)), dayofmonth(date_sub(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], i)), 23, 59, 0) AS c3"))
OUTPUT_MODE = "append"
