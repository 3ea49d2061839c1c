from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, s STRING, t STRING, i INT, m DECIMAL(18,6), n DECIMAL(20,0), ts TIMESTAMP, dt DATE").json(INPUT)
result = df.selectExpr("id", "unix_timestamp(CASE WHEN (id <> 1000L) THEN ts WHEN (m IS NOT NULL) THEN ts END) AS c1", "least(m, pmod(n, nullif(n, 0)), (m / 2)) AS c2").filter("coalesce((CASE WHEN (c2 < 0.001) THEN 12 ELSE 7 END IN (0, -1)), true)")
OUTPUT_MODE = "append"
