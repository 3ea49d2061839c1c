spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(dt + INTERVAL '1-1' YEAR TO MONTH) AS c1", "(5 * CASE WHEN (s <> '日本') THEN i WHEN false THEN i WHEN (i IS NOT NULL) THEN i ELSE i END) AS c2", "greatest(id, id, nullif(coalesce(-2L, 3L, 1000L), 3L)) AS c3", "(DATE'2000-01-01' >= CASE WHEN (n = 99.99) THEN dt WHEN (i > 1) THEN to_date('2024-02-29') WHEN true THEN dt ELSE dt END)", "trunc(date_add(greatest(dt, dt), length(s)), 'yy') AS c5")
OUTPUT_MODE = "append"
