from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("s", expr("nullif(regexp_extract(t, '^(\\\\S*)', 1), '2024-02-29')").alias("c1"), expr("last_day(make_date(year(date_sub(dt, i)), 2, 1)) AS c2"))
OUTPUT_MODE = "append"
