from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "zeroifnull(nullif(bround((n * m), 2), 99.99)) AS c1", "isnan(power(2.0D, 2)) AS c2", "TRY_CAST(id AS DECIMAL(5,1)) AS c3", "shiftleft(smallint(array_max(array(width_bucket(d, -10.0D, 10.0D, 4), bit_get(i, 3), 3))), 3) AS c4", "assert_true(i < 0) AS c5", "(least(i, i) + ((m + m) * (3 * n))) AS c6").where("(dt >= to_date('2024-02-29'))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c6, c2 FROM rexpr_q ORDER BY c6 DESC NULLS FIRST, id DESC"]
