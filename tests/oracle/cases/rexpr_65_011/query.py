from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, round(avg(m), 3) AS a1, datediff(max(make_date(2023, pmod(i, 12) + 1, 28)), min(make_date(2023, pmod(i, 12) + 1, 28))) AS a2 FROM src GROUP BY i ORDER BY i")
OUTPUT_MODE = "complete"
ORDERED = True
