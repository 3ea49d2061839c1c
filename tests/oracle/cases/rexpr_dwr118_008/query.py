from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, dt DATE, n DECIMAL(5,3), ts TIMESTAMP, d DOUBLE, s STRING, t STRING, m DECIMAL(18,6), i INT").json(INPUT)
result = df.filter("(isnan(('2.5' * CAST(try_mod(d, d) AS DOUBLE))) OR (dt IS NULL))").selectExpr("id", "date_sub(sequence(nvl2((d = 2.0D), dt, DATE'2024-02-29'), date_add(nvl2((d = 2.0D), dt, DATE'2024-02-29'), 3), INTERVAL 1 DAY)[1], i) AS c1", "(sqrt(size(array_remove(array(2, i, 1, 2), 2))) BETWEEN 100.0D AND 0.1D) AS c2", "map_contains_key(map(CAST((i | 3) AS INT), 'a', 3, 'b'), 3) AS c3", "timestampdiff(HOUR, make_timestamp_ltz(2024, 2, 29, smallint(i), 0, 0, 'Asia/Tokyo'), greatest(ts, timestampadd(DAY, i, ts), ts)) AS c4", "explode(array(size(split(t, '-')), weekday(dt), NULL))").filter("(CASE WHEN ((ts <> TIMESTAMP'2024-03-01 12:30:00.123456') OR (dt IS NOT NULL)) THEN (i > 2) ELSE (s IS NOT NULL) END OR (n > 99.99))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c4, c1 FROM rexpr_q ORDER BY c3 ASC NULLS LAST, id"]
