from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, m DECIMAL(12,4), k BIGINT, s STRING, b BOOLEAN, d DOUBLE, ts TIMESTAMP, dt DATE").json(INPUT)
result = df.selectExpr("id", "dt", "substring(translate(conv(s, 16, 10), 'abc', ''), 1, 0) AS c1", "size(split(split_part(s, ' ', 3), ',')) AS c2", "try_element_at(split(s, '[aeiou]'), 2) AS c3", "last_day(date_add(trunc(dt, 'yy'), i)) AS c4", "abs(m)")
OUTPUT_MODE = "append"
