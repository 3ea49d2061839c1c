spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "TRY_CAST(lower(s) AS BOOLEAN) AS c1", "timestamp_seconds((octet_length(lpad(s, 0, 'é')) - i)) AS c2", "isnan((-2L / nullif(j, 0)))", "greatest(DATE'2000-01-01', dt, add_months(dateadd(dt, 3), 2)) AS c4", "length(date_format(DATE'2025-03-01', 'MMM d, yyyy')) AS c5")
OUTPUT_MODE = "append"
