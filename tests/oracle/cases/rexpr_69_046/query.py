from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(((id > 86400L) OR (id IS NOT NULL)) OR (s IS NOT NULL))").selectExpr("id", "coalesce(CASE WHEN (m = 99.99) THEN last_day(TRY_CAST(t AS DATE)) WHEN (s >= '') THEN dt WHEN (j IS NULL) THEN dt END, dt, to_date('2024-02-29')) AS c1", "CAST(TRY_CAST(s AS DATE) AS TIMESTAMP) AS c2")
OUTPUT_MODE = "append"
