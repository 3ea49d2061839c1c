spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "add_months(dt, i) AS c1", "abs((floor(m, -1) / nullif(nvl2(mask(CAST(NULL AS STRING)), m, 99.99), 0))) AS c2", "(d / nullif(j, 0)) AS c3", "(d * (day(dt) * d)) AS c4", "(if(TRY_CAST('abc' AS BOOLEAN), CASE WHEN true THEN id WHEN (s > ' ') THEN id WHEN (ts = TIMESTAMP'1999-12-31 23:59:59.999') THEN id ELSE 0L END, -2L) - i) AS c5")
OUTPUT_MODE = "append"
