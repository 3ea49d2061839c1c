from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "bround(least(n, n, m), 1) AS c1", "instr(regexp_replace(t, '[aeiou]', '*'), 'é') AS c2", "to_timestamp(date_format(least(CASE WHEN (j >= 1) THEN ts WHEN (m > -3.10) THEN ts ELSE ts END, ts, (ts - INTERVAL 36 HOURS)), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') AS c3", "(NOT (id <= d)) AS c4", "(i - 99.99) AS c5")
OUTPUT_MODE = "append"
