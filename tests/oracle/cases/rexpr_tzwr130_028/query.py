spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, n DECIMAL(5,3), d DOUBLE, b BOOLEAN, i INT, t STRING, m DECIMAL(18,6), dt DATE, s STRING, ts TIMESTAMP, f FLOAT").json(INPUT)
result = df.selectExpr("id", "radians(CASE WHEN (NOT b) THEN m WHEN b THEN n ELSE m END) AS c1", "json_tuple(md5(t), 'a')", "CAST(least(dt, element_at(array_sort(array(dt, to_date('2023-12-31'), DATE'2024-02-29')), 1)) AS TIMESTAMP) AS c3", "(NOT i) AS c4").where(F.coalesce(col("b"), lit(True)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c3 FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id DESC"]
