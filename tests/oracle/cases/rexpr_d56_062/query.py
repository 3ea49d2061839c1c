from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, s STRING, b BOOLEAN, j INT, k BIGINT, ts TIMESTAMP, t STRING, i INT, m DECIMAL(38,10), dt DATE, n DECIMAL(5,3)").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, count_if(regexp_like(greatest(t, CAST(n AS STRING)), '[0-9]+')) AS a1, max(dateadd(dt, i)) AS a2, round(avg(greatest(m, 1.25)), 3) AS a3, min(-1.5D) AS a4 FROM src GROUP BY s")
OUTPUT_MODE = "complete"
