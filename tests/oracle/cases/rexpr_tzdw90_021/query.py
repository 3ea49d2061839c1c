spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, ts TIMESTAMP, n DECIMAL(5,3), s STRING, dt DATE, m DECIMAL(18,6), t STRING, d DOUBLE, b BOOLEAN").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (round(m, 2) <= i) AS k1, count_if(CASE t WHEN 'é' THEN TRY_CAST(t AS BOOLEAN) WHEN 'x-y' THEN (ts <= TIMESTAMP'2024-02-29 00:00:00') ELSE false END) AS a1, max(n) AS a2, datediff(max(least(to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd'), DATE'2023-12-31')), min(least(to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd'), DATE'2023-12-31'))) AS a3, max(sqrt(dt)) AS a5, count_if((d BETWEEN 2.0D AND 0.1D)) AS a4 FROM src GROUP BY k1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
