from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "dt", expr("nullif(greatest(make_date(year(dt), 2, 28), to_date(date_format(dt, 'yyyyMMdd'), 'yyyyMMdd')), DATE'2023-12-31') AS c1"), expr("sha2(format_string('%s', (- d)), 0) AS c2"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id DESC"]
