from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, i AS k2, min(d) AS a1, avg(i) AS a2, round(avg(i), 3) AS a3, (max((m - m)) - min((m - m))) AS a4 FROM src GROUP BY i, i")
OUTPUT_MODE = "update"
