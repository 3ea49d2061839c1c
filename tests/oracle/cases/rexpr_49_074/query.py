from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(s > '42')").selectExpr("id", "t", "pmod(id, -4) AS c1", "rtrim(date_format(nullif(to_timestamp(date_format(TIMESTAMP'2024-03-01 12:30:00.123456', 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), TIMESTAMP'1999-12-31 23:59:59.999'), 'HH:mm:ss')) AS c2").filter("(CAST(CASE WHEN (t >= '') THEN id ELSE c1 END AS BOOLEAN) OR (c2 IS NOT NULL))")
OUTPUT_MODE = "append"
