from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "coalesce(id, -2L) AS c1", "(greatest(nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999'), ts) IS NULL) AS c2", "CAST(floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) AS BOOLEAN) AS c3", "coalesce(CASE WHEN false THEN dt WHEN (d > 3.75D) THEN dt WHEN (k <> 86400L) THEN dt ELSE dt END, dt, DATE'2023-12-31') AS c4")
OUTPUT_MODE = "append"
