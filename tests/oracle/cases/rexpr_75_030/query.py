from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(10,2), d DOUBLE, i INT, ts TIMESTAMP, s STRING, n DECIMAL(9,5), dt DATE, j INT").load(INPUT)
result = df.selectExpr("CASE WHEN (regexp_replace(s, '[aeiou]', '*') != try_element_at(split(date_format(dt, 'EEE'), ' '), 2)) THEN crc32(repeat(s, 1)) ELSE pmod(id, 7) END AS c1", "CAST(CASE WHEN CAST(j AS BOOLEAN) THEN j WHEN (n < 0.001) THEN datediff(dt, ts) WHEN (s LIKE '%e') THEN j ELSE abs(i) END AS BIGINT) AS c2", "if((to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd') <= ts), i, nullif(length(s), 5)) AS c3", "greatest(ts, ts) AS c4", "next_day(dt, 'wednesday') AS c5").where("(CASE WHEN (i IS NOT NULL) THEN (n IS NOT NULL) WHEN (ts IS NOT NULL) THEN false WHEN (d IS NOT NULL) THEN (m IS NOT NULL) ELSE (s = 'x-y') END OR (j <> 10))")
OUTPUT_MODE = "append"
