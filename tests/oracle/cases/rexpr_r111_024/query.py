from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(dt - INTERVAL 1 DAY) AS c1", "(bitwise_not(i) + -3.10) AS c2", "array_sort(array(nullif(day(TRY_CAST('2024-02-29' AS DATE)), 10), coalesce(i, i, 2), NULL, -1)) AS c3", "tinyint(abs(json_array_length(to_json(array(i, array_min(array(i, i, CAST(NULL AS INT))))))) % 100) AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY id DESC"]
