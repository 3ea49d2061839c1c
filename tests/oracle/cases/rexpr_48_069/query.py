from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(t IS NOT NULL)").selectExpr("id", "isnull(n) AS c1", "nullif(CASE WHEN ((i * d) BETWEEN 100.0D AND 3.75D) THEN trunc(nullif(dt, DATE'2000-01-01'), 'mon') WHEN (CASE WHEN (id <= -2L) THEN s WHEN (d <> 2.0D) THEN t ELSE t END < t) THEN dt WHEN b THEN date_add(dt, i) ELSE nullif(dt, to_date('2023-12-31')) END, DATE'2025-03-01') AS c2", "date_trunc('yyyy', ts)")
OUTPUT_MODE = "append"
