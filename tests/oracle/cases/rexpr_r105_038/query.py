from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, ts TIMESTAMP, k BIGINT, n DECIMAL(5,3), s STRING, m DECIMAL(18,6), i INT, dt DATE").load(INPUT)
result = df.selectExpr("sequence(DATE'2024-01-31', DATE'2024-05-01', INTERVAL 1 MONTH)", "to_binary(CAST(to_timestamp_ntz(format_number(abs(1), 0)) AS STRING), 'utf-8') AS c2", "positive(width_bucket(d, -10.0D, 10.0D, 4)) AS c3", "nvl2(to_date('2024-02-29'), i, 1) AS c4")
OUTPUT_MODE = "append"
