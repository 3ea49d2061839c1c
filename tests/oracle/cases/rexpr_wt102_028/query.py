from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("((CASE WHEN b THEN dt WHEN b THEN DATE'2000-01-01' WHEN (s <= '42') THEN to_date('2023-12-31') ELSE dt END >= try_to_date(s)) OR (s IS NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT regexp_replace(s, '^.', '') AS k1, i, min(if(((TIMESTAMP'2024-03-01 12:30:00.123456' - ts) > INTERVAL '1' DAY), id, -2L)) AS a1, sum(CASE WHEN isnan(bround(d, 3)) THEN octet_length(s) ELSE 0 END) AS a2 FROM src GROUP BY regexp_replace(s, '^.', ''), i HAVING count(*) >= 1 ORDER BY k1, i")
OUTPUT_MODE = "complete"
ORDERED = True
