from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, day(make_date(2024, month(dt), 28)) AS k2, bool_or(TRY_CAST(s AS BOOLEAN)) AS a1, min(dt) AS a2, round(avg(nullif(m, 99.99)), 2) AS a3, (max(CASE WHEN b THEN d END) - min(CASE WHEN b THEN d END)) AS a4 FROM src GROUP BY s, day(make_date(2024, month(dt), 28))")
OUTPUT_MODE = "update"
