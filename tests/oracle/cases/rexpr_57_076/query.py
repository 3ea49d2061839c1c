from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.date_trunc("HOUR", F.nullif(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).cast("bigint")).withColumn("c2", expr("CAST(nullif(ts, TIMESTAMP'2024-02-29 00:00:00') AS STRING)")).withColumn("c3", expr("((i % nullif(i, 0)) IN (2, -1))")).withColumn("c4", expr("make_date(year(CAST(NULL AS DATE)), 12, least(dayofmonth(CAST(NULL AS DATE)), 28))")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
