from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, t STRING, s STRING, b BOOLEAN, ts TIMESTAMP, n DECIMAL(20,0), dt DATE, d DOUBLE, m DECIMAL(12,4)").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT t, min(i) AS a1, min(nvl(ts, TIMESTAMP'2024-03-01 12:30:00.123456')) AS a2, datediff(max(coalesce(dt, DATE'2023-12-31')), min(coalesce(dt, DATE'2023-12-31'))) AS a3 FROM src GROUP BY t")
OUTPUT_MODE = "update"
