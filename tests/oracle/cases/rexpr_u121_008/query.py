from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CAST((i % nullif((i + i), 0)) AS BIGINT)")).withColumn("c2", expr("to_timestamp_ltz(CAST(last_day(DATE'2000-01-01') AS STRING))")).withColumn("c3", F.unix_millis((col("ts") + expr("INTERVAL '1-2' YEAR TO MONTH")))).select("id", "c1", "c2", "c3").where("(NOT coalesce((c1 <= -2L), false))")
OUTPUT_MODE = "append"
