from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, i INT, dt DATE, s STRING, b BOOLEAN, m DECIMAL(10,2), j INT, f FLOAT, ts TIMESTAMP, n DECIMAL(5,3)").json(INPUT)
result = df.selectExpr("weekday((dt + INTERVAL 1 MONTH)) AS c1", "ascii('a') AS c2", "(CAST(NULL AS STRING) > s) AS c3", "(n / nullif(CASE WHEN ((i = 0) = b) THEN (2 * i) WHEN (f != 3.75D) THEN j WHEN (NOT (ts <> TIMESTAMP'1999-12-31 23:59:59.999')) THEN j END, 0)) AS c4", "trunc(dt, 'mon') AS c5").where("(((ts > TIMESTAMP'2024-02-29 00:00:00') AND true) OR (f IS NOT NULL))")
OUTPUT_MODE = "append"
