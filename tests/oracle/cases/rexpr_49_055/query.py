from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, ts TIMESTAMP, m DECIMAL(12,4), b BOOLEAN, i INT, t STRING, d DOUBLE, s STRING").load(INPUT)
df.where(col("t").isNotNull()).createOrReplaceTempView("src")
result = spark.sql("SELECT b, (max(year(ts)) - min(year(ts))) AS a1, round(avg(d), 3) AS a2, (max(m) - min(m)) AS a3 FROM src GROUP BY b ORDER BY b")
OUTPUT_MODE = "complete"
ORDERED = True
