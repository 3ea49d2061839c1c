from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(7,0), i INT, ts TIMESTAMP, s STRING, dt DATE, j INT, d DOUBLE").json(INPUT)
result = df.selectExpr("id", "(CAST(j AS BIGINT) = d) AS c1", "ceil(d) AS c2", "CASE WHEN (months_between(ts, ts) <> id) THEN to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy') WHEN (ts >= TIMESTAMP'2024-03-01 12:30:00.123456') THEN dt ELSE dt END AS c3", "date_add(dt, i)", "CASE WHEN (d IS NOT NULL) THEN (dt + INTERVAL 1 DAY) WHEN (d <= 3.75D) THEN dt END")
OUTPUT_MODE = "append"
