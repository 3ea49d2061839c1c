spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.months_between((F.to_timestamp(F.date_format(col("ts"), "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm") + expr("INTERVAL -3 DAYS")), F.when(col("i").isNotNull(), col("ts")).when(col("b"), F.timestamp_millis(col("i"))).when(col("b"), col("ts")).otherwise(col("ts")))).withColumn("c2", expr("CASE WHEN endswith(format_string('[%5s|%-4d]', s, -1), ' ') THEN nullif(date_trunc('MONTH', ts), TIMESTAMP'2024-02-29 00:00:00') WHEN (substring(concat_ws(', ', s, CAST(100 AS STRING), CAST(j AS STRING)), 2, 0) IS NULL) THEN TIMESTAMP'1999-12-31 23:59:59.999' ELSE (ts - INTERVAL '90' MINUTE) END")).withColumn("c3", F.date_format(F.to_timestamp(lit("1999-12-31 23:59:59.999")), "EEEE")).withColumn("c4", expr("CAST(timestamp_seconds(CASE WHEN b THEN i ELSE i END) AS BIGINT)")).withColumn("c5", expr("((m + i) <= pmod((id - id), 7))"))
OUTPUT_MODE = "append"
