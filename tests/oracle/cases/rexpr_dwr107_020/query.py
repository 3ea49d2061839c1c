from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, t STRING, ts TIMESTAMP, j INT, i INT, s STRING, k BIGINT, dt DATE, b BOOLEAN, m DECIMAL(38,10)").json(INPUT)
result = df.selectExpr("id", "encode(array_join(split(t, ' '), '-'), 'UTF-8')", "array_except(array(least(s, 'é', 'abc'), CAST(convert_timezone('Europe/Paris', CAST(ts AS TIMESTAMP_NTZ)) AS STRING), 'a', 'a'), array('a', NULL))", "to_unix_timestamp(t, 'yyyy-MM-dd') AS c3", "CAST(convert_timezone('Europe/Paris', CAST(coalesce(ts, TIMESTAMP'2024-02-29 00:00:00', TIMESTAMP'2024-02-29 00:00:00') AS TIMESTAMP_NTZ)) AS STRING) AS c4", "named_struct('p', printf('%5.2f|%-6s|', vector_norm(array(CAST(array_position(array(s, 'a', t), 'a') AS FLOAT), 4.0F), 2.0F), s), 'q', t).q AS c5")
OUTPUT_MODE = "append"
