from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, count(least(d, d)) AS a1, min(n) AS a2, min(s) AS a3, max(round((i - bround(d, 2)))) AS a4 FROM src GROUP BY dt HAVING count(*) >= 1")
OUTPUT_MODE = "update"
