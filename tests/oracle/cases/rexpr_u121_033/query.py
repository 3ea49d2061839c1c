from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(5,3), t STRING, b BOOLEAN, f FLOAT, s STRING, i INT, d DOUBLE, m DECIMAL(10,2), dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "from_xml('<ROW><a>' || try_mod(nullif(i, 1), timestamp_diff('MONTH', TIMESTAMP'2024-03-01 12:30:00.123456', ts)) || '</a><a>2</a></ROW>', 'a ARRAY<INT>') AS c1", "bround(bround(least(m, negative(m)), 3), -1) AS c2", "array_insert(array('a', 'b', 'c'), -1, s) AS c3", "printf('%5.2f|%-6s|', acosh(abs((id * f)) + 1), CAST(vector_norm(array(CAST(integer(i % 100) + i AS FLOAT), 4.0F), 2.0F) AS STRING)) AS c4", "CAST(i AS BOOLEAN)")
OUTPUT_MODE = "append"
