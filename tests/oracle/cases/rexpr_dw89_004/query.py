from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, sum(d) AS a1, min(ts) AS a2, (max((i * m)) - min((i * m))) AS a3 FROM src GROUP BY s ORDER BY s")
OUTPUT_MODE = "complete"
ORDERED = True
