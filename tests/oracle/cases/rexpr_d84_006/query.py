from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, t STRING, s STRING, dt DATE, m DECIMAL(10,2), ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (dt = ts) AS k1, bool_or(((i - 3L) != d)) AS a1, count(i) AS a2, bool_or(true) AS a3, max(make_date(2024, i, 1)) AS a4 FROM src GROUP BY (dt = ts)")
OUTPUT_MODE = "update"
