from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CAST(to_timestamp_ntz(date_format(ts, 'yyyy-MM-dd HH:mm:ss')) AS STRING)").alias("c1"), expr("hmac('k', md5(CAST(next_day(trunc(dt, 'MM'), 'Mon') AS STRING)), 'SHA256') AS c2"), (lit(None).cast("timestamp") - expr("INTERVAL '1-2' YEAR TO MONTH")).alias("c3"), F.format_number(col("id"), 2).alias("c4"))
OUTPUT_MODE = "append"
