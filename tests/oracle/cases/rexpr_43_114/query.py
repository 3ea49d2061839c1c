from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(nvl(b, true) OR (f IS NOT NULL))").selectExpr("make_date(2023, 2, 28) AS c1", "size(split(date_format(CAST(DATE'2025-03-01' AS TIMESTAMP), 'EEEE'), '[aeiou]')) AS c2", "(octet_length(date_format(ts, 'MMM d, yyyy')) - i) AS c3", "date_trunc('SECOND', (CASE WHEN (dt < to_date('2024-02-29')) THEN ts END - INTERVAL '1-2' YEAR TO MONTH)) AS c4", "date_trunc('MONTH', (CASE WHEN true THEN ts ELSE ts END - INTERVAL 1 DAY)) AS c5").where("((m = 12.345) OR (dt IS NULL))")
OUTPUT_MODE = "append"
