from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter("((CAST(i AS DOUBLE) <=> i) OR (m < 0.5))").createOrReplaceTempView("src")
result = spark.sql("SELECT concat(CAST(i AS STRING), t) AS k1, count(((ts - INTERVAL 1 DAY) + INTERVAL '90' MINUTE)) AS a1, avg(((m - i) + m)) AS a2, (max(i) - min(i)) AS a3 FROM src GROUP BY concat(CAST(i AS STRING), t)")
OUTPUT_MODE = "update"
