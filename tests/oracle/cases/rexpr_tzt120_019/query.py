spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((col("s") <= F.trim(lit("x-y"))) | col("m").isNull())).selectExpr("id", "date_add(nvl2(k, dt, to_date('2025-03-01')), (i % nullif(i, 0))) AS c1", "(months_between(date_sub(dt, i), ts) - abs(nvl2((id + d), d, CAST('NaN' AS DOUBLE)))) AS c2", "coalesce(id, 0L) AS c3", "date_add(CASE WHEN (k >= 1000L) THEN DATE'2023-12-31' ELSE dt END, i) AS c4", "make_date(year(dt), 2, 30) AS c5", "substr(repeat(t, 0), -3, 1) AS c6").where((col("t") <= lit("é")))
OUTPUT_MODE = "append"
