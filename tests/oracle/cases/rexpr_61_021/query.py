from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (s LIKE 'a%') AS k1, round(avg(i), 2) AS a1, (max(i) - min(i)) AS a2 FROM src GROUP BY (s LIKE 'a%') ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
