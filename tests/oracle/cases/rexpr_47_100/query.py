from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, b BOOLEAN, i INT, ts TIMESTAMP, dt DATE, m DECIMAL(12,4), j INT, d DOUBLE").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, sum((1000L % nullif(dayofweek(dt), 0))) AS a1, avg(m) AS a2, datediff(max(dt), min(dt)) AS a3 FROM src GROUP BY dt")
OUTPUT_MODE = "complete"
