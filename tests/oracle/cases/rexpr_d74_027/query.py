from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(9,5), m DECIMAL(12,4), i INT, k BIGINT, dt DATE, ts TIMESTAMP, j INT, d DOUBLE, s STRING").json(INPUT)
result = df.where("((trunc(dt, 'Q') != coalesce(dt, dt, DATE'2024-02-29')) OR (id = -2L))").selectExpr("id", "CASE WHEN (k = 1000L) THEN id WHEN (id <= -2L) THEN id ELSE id END AS c1", "(m * (i * -1)) AS c2").filter("(isnan(if((c2 < 100BD), 0.1D, 100.0D)) OR (id IS NULL))")
OUTPUT_MODE = "append"
