spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select((-col("i")).alias("c1"), expr("CASE WHEN regexp_like(translate(base64(t), 'lo', '01'), '^[A-Z]') THEN sqrt(i) WHEN (CAST(b AS INT) IS NOT NULL) THEN round(d) ELSE (d * date_part('DOW', dt)) END AS c2")).filter("((b AND coalesce(b, (s < '42'), false)) OR (m <> 12.345))")
OUTPUT_MODE = "append"
