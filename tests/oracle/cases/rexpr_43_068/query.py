from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("add_months(next_day(make_date(2023, month(dt), 1), 'fri'), (i - i))").alias("c1"), expr("(ts + INTERVAL 1 MONTH)"), expr("((i - i) + (3.75D / nullif(i, 0))) AS c3"), F.date_format(F.coalesce(F.to_timestamp(lit("2024-02-29 00:00:00")), F.to_timestamp(lit("1999-12-31 23:59:59.999"))), "Q").alias("c4"), expr("coalesce(dt, to_date('2000-01-01')) AS c5"))
OUTPUT_MODE = "append"
