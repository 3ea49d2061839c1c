from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, dt DATE, s STRING, k BIGINT, ts TIMESTAMP, f FLOAT, i INT, m DECIMAL(18,6), d DOUBLE, n DECIMAL(4,1)").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, round(avg((i - f)), 3) AS a1, count(to_date(date_format(add_months(DATE'2025-03-01', i), 'yyyyMMdd'), 'yyyyMMdd')) AS a2, max(make_date(year(dt), 2, 30)) AS a3 FROM src GROUP BY dt")
OUTPUT_MODE = "update"
