spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "dt", "nullif(least(date_format(dt, 'Q'), upper(t)), 'o') AS c1", "nullif(to_date('2024-02-29'), DATE'2023-12-31') AS c2", "(DATE'2025-03-01' <> dt) AS c3", "(nvl(f, -1.5D) IN (3.75D)) AS c4", "(CASE WHEN (t IS NOT NULL) THEN i WHEN (f BETWEEN CAST('NaN' AS DOUBLE) AND 2.0D) THEN i ELSE i END - id) AS c5")
OUTPUT_MODE = "append"
