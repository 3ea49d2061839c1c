from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(to_timestamp(date_format(CASE WHEN (NOT b) THEN ts WHEN (dt <> to_date('2000-01-01')) THEN ts ELSE ts END, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') + INTERVAL -3 DAYS) AS c1", "('é' <=> trim(array_join(split(s, ','), '/'))) AS c2", "(((id * 0) + id) * -1) AS c3", "CASE WHEN (n = 0.5) THEN dt WHEN (n >= 0.001) THEN dt WHEN b THEN dt ELSE dt END AS c4").filter("((0.5 BETWEEN -3.10 AND 12.345) OR (c2 IS NOT TRUE))")
OUTPUT_MODE = "append"
