from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT datediff(dt, dt) AS k1, d AS k2, datediff(max(nullif(to_date(date_format(dt, 'yyyyMMdd'), 'yyyyMMdd'), to_date('2024-02-29'))), min(nullif(to_date(date_format(dt, 'yyyyMMdd'), 'yyyyMMdd'), to_date('2024-02-29')))) AS a1, (max(m) - min(m)) AS a2, (max(try_add(round(f, 2), months_between(ts, dt, false))) - min(try_add(round(f, 2), months_between(ts, dt, false)))) AS a3, (max(dayofmonth(trunc(DATE'2023-12-31', 'yy'))) - min(dayofmonth(trunc(DATE'2023-12-31', 'yy')))) AS a4 FROM src GROUP BY datediff(dt, dt), d")
OUTPUT_MODE = "complete"
