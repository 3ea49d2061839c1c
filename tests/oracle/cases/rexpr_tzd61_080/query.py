spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(9,5), dt DATE, j INT, t STRING, f FLOAT, d DOUBLE, s STRING, ts TIMESTAMP, m DECIMAL(12,4), i INT, k BIGINT").json(INPUT)
result = df.select("id", expr("nullif(date_trunc('yyyy', (nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456') + INTERVAL 36 HOURS)), TIMESTAMP'1999-12-31 23:59:59.999')").alias("c1"), F.when(col("dt").isNotNull(), col("t")).when(col("ts").isNotNull(), F.get(F.split(F.lower(col("t")), "-"), 2)).otherwise(col("t")).alias("c2"))
OUTPUT_MODE = "append"
