from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("id") >= lit(0).cast("bigint"))).selectExpr("id", "ceiling(CASE WHEN abs(round(f, 3)) < 1e9D THEN round(f, 3) END) AS c1", "(timestamp_seconds(i) - INTERVAL '1-2' YEAR TO MONTH) AS c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id"]
