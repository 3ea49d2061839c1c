from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT nullif(dt, to_date('2025-03-01')) AS k1, (max(length(s)) - min(length(s))) AS a1, round(avg((-3.10 / 7.5)), 3) AS a2, datediff(max(dt), min(dt)) AS a3 FROM src GROUP BY nullif(dt, to_date('2025-03-01'))")
OUTPUT_MODE = "update"
