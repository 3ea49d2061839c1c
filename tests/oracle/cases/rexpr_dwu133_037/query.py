from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "right(parse_url('http://a.b/c?x=' || url_encode(right(s, 4)), 'PATH'), 0) AS c1", "str_to_map('a:1,b:2,c:' || CASE WHEN (j <= 3) THEN i WHEN (n IS NOT NULL) THEN i ELSE i END)")
OUTPUT_MODE = "append"
