from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, s STRING, m DECIMAL(10,2), b BOOLEAN, ts TIMESTAMP, t STRING, d DOUBLE, j INT, dt DATE").json(INPUT)
result = df.where(col("ts").isNotNull()).select("id", expr("crc32(nullif(s, 'Hello')) AS c1"), F.trunc(col("dt"), "YEAR").alias("c2"), expr("format_string('%d%%', i) AS c3"), expr("coalesce(CAST(NULL AS TIMESTAMP), TIMESTAMP'2024-02-29 00:00:00')").alias("c4"))
OUTPUT_MODE = "append"
