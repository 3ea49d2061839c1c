from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i AS k1, date_add(dt, i) AS k2, count_if(b) AS a1, round(avg((n * m)), 2) AS a2 FROM src GROUP BY i, date_add(dt, i) HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
