from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "next_day(trunc(to_date('2025-03-01'), 'WEEK'), 'SUN') AS c1", "nullif(d, 3.75D) AS c2", "pmod(i, nullif(10, 0)) AS c3", "(CASE s WHEN 'o' THEN j ELSE 5 END BETWEEN 3 AND 10)", "(round(0.5, -1) + (- n)) AS c5").where("(NOT coalesce(((dt < DATE'2024-02-29') IS NOT NULL), false))")
OUTPUT_MODE = "append"
