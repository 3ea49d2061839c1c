from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "to_char(i, 'S9999') AS c1", "map_filter(map('a', i, 'b', timestamp_diff('MONTH', ts, TIMESTAMP'2024-03-01 12:30:00.123456'), 'c', 0), (k, v) -> v > 0 OR k = 'c') AS c2", "xpath('<a><b>x</b><b>' || i || '</b></a>', 'a/b/text()') AS c3")
OUTPUT_MODE = "append"
