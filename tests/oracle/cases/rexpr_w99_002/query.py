from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, dt DATE, b BOOLEAN, i INT, ts TIMESTAMP, t STRING, d DOUBLE, m DECIMAL(18,6)").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, count((m * d)) AS a1, count(b) AS a2 FROM src GROUP BY 1 ORDER BY s")
OUTPUT_MODE = "complete"
ORDERED = True
