spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "crc32(CASE WHEN (s > '42') THEN substr(s, -3, 3) ELSE s END) AS c1", "CASE WHEN (k > 3L) THEN bround(m, 2) WHEN (to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy') <= add_months(dt, i)) THEN try_subtract(m, m) WHEN (id >= 1L) THEN (n + m) ELSE m END AS c2", "isnan(d)", "(d * id) AS c4", "(log(10, CASE WHEN (j > 3) THEN 1.25 WHEN (dt < DATE'2000-01-01') THEN m WHEN (m IS NOT NULL) THEN m END) - (greatest(id, id) / nullif((CASE WHEN (dt < to_date('2000-01-01')) THEN 1L WHEN (id < 3L) THEN id WHEN (j = 0) THEN id ELSE id END / nullif(TRY_CAST(j AS INT), 0)), 0))) AS c5")
OUTPUT_MODE = "append"
