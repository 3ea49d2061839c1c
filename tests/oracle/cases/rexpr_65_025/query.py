from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, n DECIMAL(20,0), j INT, s STRING, d DOUBLE, m DECIMAL(18,6), dt DATE, ts TIMESTAMP, b BOOLEAN, f FLOAT, t STRING").load(INPUT)
result = df.selectExpr("id", "date_format(TIMESTAMP'2024-03-01 12:30:00.123456', 'yyyyMMdd') AS c1", "(j + 1) AS c2", "(b AND (id > 0L)) AS c3", "CASE b WHEN false THEN dayofweek(DATE'2024-02-29') WHEN false THEN j ELSE 5 END AS c4", "CASE WHEN (j <= 0) THEN id WHEN b THEN 86400L WHEN b THEN id ELSE id END", "(size(split(rpad('', 8, '*'), '[aeiou]')) BETWEEN 3 AND 10) AS c6")
OUTPUT_MODE = "append"
