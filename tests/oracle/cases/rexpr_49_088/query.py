from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "round((m / 2.5), 3) AS c1", "((d / nullif(d, 0)) != (id * 3)) AS c2", "next_day(least(dt, dt), 'SUN') AS c3", "round(CASE WHEN (ts >= to_date('2025-03-01')) THEN m ELSE ceil(bround(m, -1), -1) END, 3) AS c4", "(id % 2) AS c5")
OUTPUT_MODE = "append"
