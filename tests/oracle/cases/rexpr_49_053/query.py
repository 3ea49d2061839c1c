from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT date_add(date_add(dt, 0), i) AS k1, (max(greatest(d, d, d)) - min(greatest(d, d, d))) AS a1, round(avg(n), 0) AS a2 FROM src GROUP BY date_add(date_add(dt, 0), i)")
OUTPUT_MODE = "update"
