from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT make_date(2024, month(to_date('2000-01-01')), least(dayofmonth(to_date('2000-01-01')), 28)) AS k1, if((dt < to_date('2023-12-31')), j, 100) AS k2, min(greatest(m, n, m)) AS a1, round(avg(i), 3) AS a2, datediff(max(dt), min(dt)) AS a3 FROM src GROUP BY make_date(2024, month(to_date('2000-01-01')), least(dayofmonth(to_date('2000-01-01')), 28)), if((dt < to_date('2023-12-31')), j, 100) ORDER BY k1, k2")
OUTPUT_MODE = "complete"
ORDERED = True
