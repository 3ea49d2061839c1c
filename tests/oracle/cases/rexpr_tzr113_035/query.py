spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(is_valid_utf8('Hello') OR (k IS NOT NULL))").selectExpr("m", "map_filter(map('a', i, 'b', i, 'c', 0), (k, v) -> v > 0 OR k = 'c')", "array_insert(array('a', 'b', 'c'), -1, coalesce(collation(collate(translate(s, 'abc', ''), 'UTF8_BINARY')), '日本')) AS c2", "date_trunc('MONTH', ts) AS c3", "(CASE WHEN (dt IS NOT NULL) THEN id ELSE id END * 1) AS c4", "CASE WHEN (ts IS NOT NULL) THEN regexp_instr(s, '([a-z])([a-z])', 2) WHEN b THEN (i % nullif(i, 0)) WHEN arrays_overlap(array(i, i), array(1, 2, i)) THEN j ELSE hash(m) END AS c5")
OUTPUT_MODE = "append"
