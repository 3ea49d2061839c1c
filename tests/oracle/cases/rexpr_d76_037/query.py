from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, n DECIMAL(4,1), dt DATE, ts TIMESTAMP, d DOUBLE, j INT, i INT, m DECIMAL(38,10)").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, max(datediff(dt, ts)) AS a1, round(avg(-1.5D), 3) AS a2, max(dt) AS a3, (max(bround(n, -1)) - min(bround(n, -1))) AS a4 FROM src GROUP BY i ORDER BY i")
OUTPUT_MODE = "complete"
ORDERED = True
