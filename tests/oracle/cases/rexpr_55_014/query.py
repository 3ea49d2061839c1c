from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(CAST(id AS BOOLEAN) OR (m IS NOT NULL))").selectExpr("id", "to_timestamp(date_format(date_trunc('HOUR', ts), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')", "last_day(CASE WHEN (nvl2(f, f, 0.001D) != ceiling(CASE WHEN abs(try_divide(d, 1e300D)) < 1e9D THEN try_divide(d, 1e300D) END)) THEN make_date(2024, month(dt), least(dayofmonth(dt), 28)) WHEN b THEN dt ELSE dt END) AS c2", "round(TRY_CAST(s AS DECIMAL(38,18)), 0) AS c3", "((i BETWEEN 3 AND 5) AND (dt <> DATE'2023-12-31')) AS c4").where("((CASE WHEN (j IS NOT NULL) THEN d ELSE 3.75D END IS NOT NULL) OR (dt < DATE'2025-03-01'))")
OUTPUT_MODE = "append"
