from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "((trunc(dt, 'yy') + INTERVAL 2 YEARS) - INTERVAL -10 DAYS) AS c1", "CASE WHEN isnan(0.1D) THEN CASE WHEN (d < -1.5D) THEN pmod(id, -4) WHEN (dt IS NOT NULL) THEN id WHEN (s < '日本') THEN id ELSE id END END AS c2").where((col("c1").isNotNull() | (col("id") < lit(-2).cast("bigint"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 ASC NULLS LAST, id DESC"]
