from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "nullif(d, 0.5D) AS c1", "(id + (id % 10)) AS c2", "array_except(array(printf('%5.2f|%-6s|', d, get(split(CAST(try_make_timestamp(2024, 3, 29, 10, 30, 45.5) AS STRING), '  *'), 2)), CAST(unbase64(base64(current_database())) AS STRING), 'a', 'a'), array('a', NULL)) AS c3", "md5(i) AS c4", "to_date(date_format(dt, 'yyyyMMdd'), 'yyyyMMdd')")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1, c3 FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id DESC"]
