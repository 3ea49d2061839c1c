from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "ts", expr("(i + (id - id)) AS c1"), expr("nvl(ts, TIMESTAMP'2024-03-01 12:30:00.123456')"), expr("nullif(to_timestamp(date_format(greatest((ts + INTERVAL '1-2' YEAR TO MONTH), ts), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm'), TIMESTAMP'1999-12-31 23:59:59.999')").alias("c3"), expr("((m + month(dt)) - (i - (i - 0)))").alias("c4"), expr("coalesce(s, 'x-y')")).where(F.coalesce(col("t").endswith("é"), lit(True)))
OUTPUT_MODE = "append"
