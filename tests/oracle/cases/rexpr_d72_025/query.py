from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(ts <= TIMESTAMP'1999-12-31 23:59:59.999')").selectExpr("dt", "CAST(i AS TIMESTAMP) AS c1", "(n / 2.5)", "(100.0D + ((d + i) - CASE WHEN (n < 12.345) THEN 2 WHEN (n IS NOT NULL) THEN i END)) AS c3")
OUTPUT_MODE = "append"
