from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (1L / 3) AS k1, round(stddev(f), 6) AS a1, percentile_approx((i + i), 0.5) AS a2 FROM src GROUP BY k1 HAVING count(*) >= 1")
OUTPUT_MODE = "update"
