from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, b BOOLEAN, s STRING, t STRING, j INT, m DECIMAL(7,0), d DOUBLE, ts TIMESTAMP, i INT").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT nullif(dt, DATE'2024-02-29') AS k1, count(s) AS a1, round(avg(abs(year(ts))), 0) AS a2, avg(i) AS a3 FROM src GROUP BY nullif(dt, DATE'2024-02-29')")
OUTPUT_MODE = "update"
