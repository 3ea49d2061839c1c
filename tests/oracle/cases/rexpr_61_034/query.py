from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN b THEN dt WHEN (s > 'a') THEN dt END AS k1, avg(months_between(to_date(date_format(to_date('2024-02-29'), 'yyyyMMdd'), 'yyyyMMdd'), date_trunc('DAY', TIMESTAMP'1999-12-31 23:59:59.999'))) AS a1, count_if((date_format(nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999'), 'dd.MM.yy') LIKE '%o%')) AS a2 FROM src GROUP BY CASE WHEN b THEN dt WHEN (s > 'a') THEN dt END")
OUTPUT_MODE = "update"
