from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, b BOOLEAN, n DECIMAL(5,3), t STRING, i INT, ts TIMESTAMP, dt DATE, d DOUBLE, s STRING, m DECIMAL(18,6)").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT negative((- i)) AS k1, round(avg((5 - CASE WHEN (d IS NOT NULL) THEN n WHEN (NOT b) THEN m ELSE m END)), 2) AS a1, try_sum((- bit_get(i, 3))) AS a2, bit_or(i) AS a3 FROM src GROUP BY negative((- i)) HAVING count(*) >= 1")
OUTPUT_MODE = "update"
