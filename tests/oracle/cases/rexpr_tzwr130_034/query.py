spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("transform_values(map('a', zeroifnull(zeroifnull(quarter(dt))), 'b', CASE WHEN (ts <= TIMESTAMP'2024-02-29 00:00:00') THEN i WHEN (monthname(ts) COLLATE UTF8_BINARY = 'Hello World') THEN i END), (k, v) -> concat(k, CAST(v AS STRING))) AS c1"), expr("sequence(add_months(element_at(array_sort(array(nullif(DATE'2024-02-29', to_date('2023-12-31')), add_months(dt, i), DATE'2024-02-29')), 1), (i % nullif(i, 0))), date_add(add_months(element_at(array_sort(array(nullif(DATE'2024-02-29', to_date('2023-12-31')), add_months(dt, i), DATE'2024-02-29')), 1), (i % nullif(i, 0))), 3), INTERVAL 1 DAY)[1] AS c2"), expr("make_date(year(dt), 2, 30) AS c3"), expr("to_binary(regexp_extract(CAST(unbase64(base64(s)) AS STRING), '(.)(.)', 0), 'utf-8')").alias("c4")).where("(c4 IS NOT NULL)")
OUTPUT_MODE = "append"
