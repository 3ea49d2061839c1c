from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, i INT, d DOUBLE, b BOOLEAN, s STRING, m DECIMAL(10,2), j INT, t STRING, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, count_if((DATE'2024-02-29' <=> dt)) AS a1, count(to_date('2024-02-29')) AS a2, round(avg(dayofmonth(ts)), 0) AS a3, count(d) AS a4 FROM src GROUP BY i")
OUTPUT_MODE = "update"
