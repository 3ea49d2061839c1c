from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "to_timestamp(date_format(timestamp_seconds(i), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') AS c1", "CAST(DATE'2025-03-01' AS TIMESTAMP) AS c2", "substring(greatest(t, 'abc'), 0, 3)", "last_day(date_add(dt, i)) AS c4").where("(NOT coalesce((dt > DATE'2025-03-01'), false))")
OUTPUT_MODE = "append"
