from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(CASE WHEN (i <=> 1000L) THEN (d <= 0.1D) WHEN b THEN startswith(t, 'o') WHEN (s >= t) THEN b ELSE b END OR (i IS NOT NULL))").selectExpr("id", "f", "nvl(i, 100)", "(m * f) AS c2", "CAST(to_date(CAST(i AS TIMESTAMP)) AS TIMESTAMP) AS c3").filter((~F.coalesce(col("id").isNotNull(), lit(False))))
OUTPUT_MODE = "append"
