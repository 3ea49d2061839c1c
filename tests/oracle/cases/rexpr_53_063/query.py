from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT coalesce(d, 100.0D) AS k1, d AS k2, min(m) AS a1, count(CAST(b AS DOUBLE)) AS a2, avg(m) AS a3, avg((coalesce(n, 1.25) + d)) AS a4 FROM src GROUP BY 1, 2")
OUTPUT_MODE = "update"
