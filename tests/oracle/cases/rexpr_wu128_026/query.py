from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, b BOOLEAN, m DECIMAL(10,2), t STRING, dt DATE, i INT, k BIGINT, n DECIMAL(9,5), d DOUBLE, s STRING").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT round(power(abs(d), 0.5D), 3) AS k1, histogram_numeric(i % 5, 10) AS a1, round(avg(width_bucket(d, -10.0D, 10.0D, 4)), 2) AS a2 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
