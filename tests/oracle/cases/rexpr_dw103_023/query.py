from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, t STRING, s STRING, f FLOAT, dt DATE, d DOUBLE, m DECIMAL(12,4), i INT").json(INPUT)
result = df.selectExpr("id", "t", "floor(CASE WHEN abs(round(0.001D, 3)) < 1e9D THEN round(0.001D, 3) END) AS c1", "date_add(dt, i) AS c2", "((99.99 * m) / nullif((m * m), 0)) AS c3", "radians((m + m)) AS c4", "coalesce(date_from_unix_date(i), DATE'2000-01-01') AS c5")
OUTPUT_MODE = "append"
