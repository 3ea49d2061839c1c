from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "dt", "make_valid_utf8(concat_ws(', ', least(named_struct('p', t, 'q', s).q, format_string('%d%%', id), t), t, s)) AS c1", "xpath_float('<a b=\"' || dayofyear(next_day(CASE WHEN b THEN dt WHEN b THEN dt ELSE dt END, 'TU')) || '\"/>', 'a/@b') AS c2", "map_values(map(1, to_date(CAST(nullif(dt, to_date('2025-03-01')) AS TIMESTAMP)), 2, NULL)) AS c3", "explode_outer(split(t, ' '))", "array_sort(array(i, i, NULL, -1)) AS c5", "startswith(s, 'o') AS c6").filter(((lit(True) | expr("exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a')")) | lit("a").isNull()))
OUTPUT_MODE = "append"
