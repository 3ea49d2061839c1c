from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("substr(substring(s, 1, 3), 5, 0) AS c1"), F.get(F.split(col("s"), "-"), 1).alias("c2"), expr("CAST(TIMESTAMP'2024-02-29 00:00:00' AS STRING)"))
OUTPUT_MODE = "append"
