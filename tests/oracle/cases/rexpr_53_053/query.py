from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce((ts IS NOT NULL), true)").selectExpr("id", "(nullif(i, 10) / nullif((d * d), 0)) AS c1", "trunc(add_months(last_day(dt), i), 'Q') AS c2", "(CASE WHEN (dt IS NOT NULL) THEN ts WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN b THEN ts ELSE TIMESTAMP'1999-12-31 23:59:59.999' END - INTERVAL '1-2' YEAR TO MONTH) AS c3", "CAST(i AS BIGINT) AS c4")
OUTPUT_MODE = "append"
