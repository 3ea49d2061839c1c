from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.where("(i < 1)").createOrReplaceTempView("src")
result = spark.sql("SELECT shiftleft(month(dt), 2) AS k1, count(ifnull((m * m), -3.10)) AS a1, (max(d) - min(d)) AS a2, max(try_multiply(pmod(3, nullif(-1, 0)), j)) AS a3 FROM src GROUP BY 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
