from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "s", "translate(concat_ws(', ', from_unixtime(length(t), 'yyyy-MM-dd HH:mm:ss'), t, CAST((i * 2) AS STRING)), 'lo', '01') AS c1", "nullif(date_trunc('DAY', nvl2((id - f), TIMESTAMP'1999-12-31 23:59:59.999', TIMESTAMP'2024-02-29 00:00:00')), TIMESTAMP'1999-12-31 23:59:59.999') AS c2", "make_date(2023, 12, 28) AS c3", "date_trunc('MINUTE', TRY_CAST(t AS TIMESTAMP)) AS c4", "date_trunc('MINUTE', ts) AS c5").where("((j != 86400L) OR (ts <= TIMESTAMP'2024-03-01 12:30:00.123456'))")
OUTPUT_MODE = "append"
