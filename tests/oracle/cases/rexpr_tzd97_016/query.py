spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((col("s") != lit("Hello")) | col("m").isNotNull())).select("id", F.sha2(col("k").cast("string"), 224).alias("c1"), expr("contains(rpad(s, 3, ' '), 'H') AS c2"), expr("CASE WHEN regexp_like(s, '^[A-Z]') THEN TRY_CAST(12.345 AS BIGINT) WHEN (CASE WHEN (id IS NOT NULL) THEN ts WHEN CAST(NULL AS BOOLEAN) THEN ts WHEN (d < 100.0D) THEN ts ELSE ts END != CASE s WHEN '' THEN dt WHEN '' THEN dt ELSE dt END) THEN CAST((ts = TIMESTAMP'2024-03-01 12:30:00.123456') AS BIGINT) ELSE id END AS c3"))
OUTPUT_MODE = "append"
