from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT date_sub(dt, 2) AS k1, max('é') AS a1, round(avg(abs((n * n))), 2) AS a2, round(avg(d), 3) AS a3 FROM src GROUP BY date_sub(dt, 2)")
OUTPUT_MODE = "complete"
