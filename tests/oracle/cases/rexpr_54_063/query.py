from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "last_day(dt) AS c1", "((n * m) - CAST(b AS DECIMAL(5,1))) AS c2", "(CASE WHEN (i = -1) THEN dt ELSE dt END IS NOT NULL) AS c3", "CAST(hash(DATE'2024-02-29') AS BOOLEAN) AS c4", "nullif(id, 1L) AS c5").filter("coalesce((ts < make_date(2023, 2, least(dayofmonth(dt), 28))), true)")
OUTPUT_MODE = "append"
