from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "i", expr("array_join(transform(split(to_char(encode(string(j), 'utf-8'), 'base64'), ' '), x -> reverse(x)), '-')").alias("c1"), expr("sequence(next_day(date_from_unix_date(i), 'fri'), date_add(next_day(date_from_unix_date(i), 'fri'), 3), INTERVAL 1 DAY)[1] AS c2"))
OUTPUT_MODE = "append"
