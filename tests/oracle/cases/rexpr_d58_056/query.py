from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, min(trunc(dt, 'Q')) AS a1, round(avg((12.345 * d)), 3) AS a2 FROM src GROUP BY s")
OUTPUT_MODE = "complete"
