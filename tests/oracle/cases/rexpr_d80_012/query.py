from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, dt DATE, i INT, b BOOLEAN, d DOUBLE, ts TIMESTAMP, t STRING, m DECIMAL(12,4), j INT").load(INPUT)
result = df.selectExpr("id", "pow(months_between(ts, nvl(ts, TIMESTAMP'2024-02-29 00:00:00')), 3) AS c1", "(d * m)", "round(d, i) AS c3", "ceil(CASE WHEN abs(round(CAST(NULL AS DOUBLE), 3)) < 1e9D THEN round(CAST(NULL AS DOUBLE), 3) END) AS c4", "(CAST(NULL AS TIMESTAMP) < add_months(to_date('2000-01-01'), -1)) AS c5")
OUTPUT_MODE = "append"
