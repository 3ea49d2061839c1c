from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("m") != expr("-3.10"))).selectExpr("id", "n", "nvl((id - d), -1.5D) AS c1", "hour(nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456')) AS c2", "(ts - INTERVAL '1 02:03:04.000005' DAY TO SECOND)", "to_timestamp(date_format((coalesce(CAST(NULL AS TIMESTAMP), TIMESTAMP'1999-12-31 23:59:59.999') - INTERVAL 1 DAY), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') AS c4")
OUTPUT_MODE = "append"
