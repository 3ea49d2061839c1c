from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CAST(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1] AS TIMESTAMP) AS c1"), expr("CAST(to_timestamp_ltz(date_format(nullif(nullif(nvl(ts, TIMESTAMP'2024-02-29 00:00:00'), TIMESTAMP'2024-02-29 00:00:00'), TIMESTAMP'1999-12-31 23:59:59.999'), 'yyyy-MM-dd'), 'yyyy-MM-dd') AS STRING) AS c2"), expr("make_dt_interval(106751992, i)").alias("c3"), (col("i") * lit(0)).alias("c4"))
OUTPUT_MODE = "append"
