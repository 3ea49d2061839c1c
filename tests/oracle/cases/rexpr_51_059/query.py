from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, avg(-3.10) AS a1, datediff(max(dt), min(dt)) AS a2, sum(CASE WHEN (id >= 86400L) THEN abs(i) ELSE 0 END) AS a3 FROM src GROUP BY 1 ORDER BY dt")
OUTPUT_MODE = "complete"
ORDERED = True
