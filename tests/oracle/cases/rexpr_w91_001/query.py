from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("date_trunc('MINUTE', timestamp_seconds(length(CAST(d AS STRING)))) AS c1", "CAST(next_day(dt, 'Mon') AS STRING) AS c2", "(s != '') AS c3", "isnan(d) AS c4", "(quarter((dt + INTERVAL 1 DAY)) / 10) AS c5")
OUTPUT_MODE = "append"
