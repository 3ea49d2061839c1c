from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(id / -4.0D) AS c1", "unix_timestamp(CASE WHEN (id >= 1000L) THEN ifnull(dt, to_date('2023-12-31')) WHEN (s IN ('Hello', '')) THEN (dt + INTERVAL '1-1' YEAR TO MONTH) WHEN (s < 'o') THEN dt ELSE dt END) AS c2", "(dt - INTERVAL 2 YEARS) AS c3", "CASE WHEN isnull(id) THEN f END", "TRY_CAST(f AS BIGINT)")
OUTPUT_MODE = "append"
