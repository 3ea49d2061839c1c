from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "nullif(nvl(datediff(ts, dt), -4), 1) AS c1", "add_months(CASE WHEN (ts IS NULL) THEN CASE WHEN (t IS NOT NULL) THEN to_date('2000-01-01') ELSE dt END WHEN (ts > TIMESTAMP'2024-02-29 00:00:00') THEN date_add(dt, i) ELSE dt END, i) AS c2", "(t >= '2024-02-29')", "(- (- d))", "(- CASE WHEN (ts <= dt) THEN n ELSE (n % nullif(0.001, 0)) END) AS c5").filter((col("d") != lit(0.001)))
OUTPUT_MODE = "append"
