spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "date_add(to_date('2023-12-31'), i) AS c1", "(((m - m) + n) % 10.5) AS c2", "((to_timestamp(date_format(nullif((TIMESTAMP'2024-03-01 12:30:00.123456' + (ts - ts)), TIMESTAMP'2024-02-29 00:00:00'), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') - '2024-02-29 23:59:59.5') = INTERVAL '1' DAY) AS c3", "(ts - INTERVAL 1 MONTH) AS c4", "concat_ws('', 'o', split_part(format_number(i, 2), ' ', 2), CAST((DATE'2000-01-01' + INTERVAL 2 YEARS) AS STRING)) AS c5").filter("((size(split(s, ' ')) IN (3, 5, 5)) OR (i >= 1))")
OUTPUT_MODE = "append"
