from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, d DOUBLE, n DECIMAL(20,0), ts TIMESTAMP, s STRING, m DECIMAL(10,2), i INT").json(INPUT)
result = df.where("(NOT coalesce((id IS NULL), false))").selectExpr("id", "dt", "date_trunc('MONTH', ts) AS c1", "abs(size(split(nvl2(CASE WHEN (dt IS NOT NULL) THEN s END, s, CAST(NULL AS STRING)), ' '))) AS c2", "CASE WHEN (1 = id) THEN if((ts < TIMESTAMP'1999-12-31 23:59:59.999'), dt, to_date('2023-12-31')) ELSE DATE'2000-01-01' END AS c3")
OUTPUT_MODE = "append"
