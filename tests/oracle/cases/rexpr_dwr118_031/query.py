from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(CASE WHEN (to_date('2000-01-01') <> dt) THEN (t < 'é') WHEN b THEN map_contains_key(map(i, 'a', 3, 'b'), 3) ELSE (ts < TIMESTAMP'2024-03-01 12:30:00.123456') END OR (m IS NULL))").select("id", "m", F.bit_get(col("i"), lit(40)).alias("c1"), expr("to_timestamp(date_format(date_trunc('DAY', timestamp_add('HOUR', minute(ts), to_timestamp_ltz(CAST(DATE'2000-01-01' AS STRING)))), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') AS c2"), F.array_min(F.array(expr("timestamp_diff('MONTH', (ts - INTERVAL -3 DAYS), date_trunc('QUARTER', ts))"), F.character_length(expr("CAST(try_aes_decrypt(unhex(s), '0123456789abcdef') AS STRING)")), lit(None).cast('int'))).alias("c3"))
OUTPUT_MODE = "append"
