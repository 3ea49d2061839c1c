from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "if((CASE WHEN (s < '日本') THEN s WHEN (ts IS NOT NULL) THEN s ELSE t END ILIKE '%o%'), ts, CASE WHEN (id IS NOT NULL) THEN ts WHEN false THEN ts WHEN (j IS NOT NULL) THEN ts ELSE TIMESTAMP'2024-03-01 12:30:00.123456' END) AS c1", "(if(false, id, 1000L) DIV nullif((i % nullif(i, 0)), 0)) AS c2", "(trim(t) > concat_ws(', ', t, s)) AS c3", "least(CASE WHEN (id IS NOT NULL) THEN datediff(dt, dt) WHEN (dt >= DATE'2000-01-01') THEN i WHEN ((dt <= DATE'2024-02-29') OR (s > 'o')) THEN i END, j) AS c4").where("(NOT coalesce(((m IS NOT NULL) AND (dt > DATE'2023-12-31')), false))")
OUTPUT_MODE = "append"
