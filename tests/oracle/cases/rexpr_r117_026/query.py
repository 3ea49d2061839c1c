from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(coalesce(TIMESTAMP'2024-02-29 00:00:00', TIMESTAMP'2024-02-29 00:00:00') + INTERVAL '1 02:03:04.000005' DAY TO SECOND) AS c1", "to_number(CAST(i AS STRING), 'S9999') AS c2", "tan(sec(f)) AS c3", "array_min(array(size(map_keys(str_to_map(s, ' ', 'l'))), (i + i), CAST(NULL AS INT)))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2 FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id DESC"]
