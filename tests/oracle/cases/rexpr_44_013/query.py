from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, d DOUBLE, ts TIMESTAMP, j INT, i INT, m DECIMAL(7,0), t STRING, dt DATE, b BOOLEAN, f FLOAT").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (dayofmonth(dt) - i) AS k1, round(avg(-1.5D), 2) AS a1, avg(d) AS a2, min(to_date(date_format(dt, 'yyyyMMdd'), 'yyyyMMdd')) AS a3 FROM src GROUP BY (dayofmonth(dt) - i) HAVING count(*) >= 1")
OUTPUT_MODE = "update"
