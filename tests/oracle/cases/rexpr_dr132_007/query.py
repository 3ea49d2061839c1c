from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, n DECIMAL(20,0), i INT, ts TIMESTAMP, dt DATE, t STRING, j INT, b BOOLEAN, d DOUBLE, m DECIMAL(18,6)").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT b, min(next_day(date_add(dt, i), 'SUN')) AS a1, bit_xor(3) AS a2 FROM src GROUP BY b ORDER BY b")
OUTPUT_MODE = "complete"
ORDERED = True
