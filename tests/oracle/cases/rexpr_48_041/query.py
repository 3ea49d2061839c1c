from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT d AS k1, round(avg(i), 2) AS a1, (max(((n * m) - abs(CASE WHEN b THEN n WHEN b THEN m END))) - min(((n * m) - abs(CASE WHEN b THEN n WHEN b THEN m END)))) AS a2, round(avg(i), 2) AS a3 FROM src GROUP BY d")
OUTPUT_MODE = "complete"
