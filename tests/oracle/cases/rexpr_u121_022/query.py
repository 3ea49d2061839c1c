from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(10,2), ts TIMESTAMP, d DOUBLE, j INT, i INT, dt DATE, s STRING, b BOOLEAN").json(INPUT)
result = df.filter("((json_array_length(to_json(array(i, i))) = size(map_keys(str_to_map(s, ' ', 'l')))) OR (m <= 1.25))").selectExpr("id", "b", "power(-2, json_array_length(s) % 7) AS c1", "CASE WHEN b THEN crc32(s) WHEN (m > id) THEN id WHEN isnan(power(abs(d), 0.5D)) THEN (id DIV -4) END AS c2", "regexp_extract(s, '([0-9]+)', 1) AS c3", "named_struct('x', CAST(array_size(slice(array(datediff(dt, ts), pmod(i, -4), 3, 4), -2, 5)) AS INT), 'y', array(s)) AS c4", "date_diff(date_add(dateadd(dt, i), (i + i)), dt) AS c5")
OUTPUT_MODE = "append"
