from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT t, trunc(to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd'), 'Q') AS k2, min(' ') AS a1, max(t) AS a2, max((i * 100000000)) AS a3 FROM src GROUP BY t, k2 ORDER BY t, k2")
OUTPUT_MODE = "complete"
ORDERED = True
