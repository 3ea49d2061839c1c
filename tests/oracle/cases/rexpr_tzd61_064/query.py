spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CAST(locate(' ', t, 2) AS DOUBLE) AS c1"), F.when((col("ts") <= F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), col("dt")).otherwise(F.nullif(col("dt"), F.to_date(lit("2024-02-29")))).alias("c2"), expr("to_timestamp(date_format(CAST((i - -1) AS TIMESTAMP), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS')").alias("c3"))
OUTPUT_MODE = "append"
