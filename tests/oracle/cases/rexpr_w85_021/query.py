from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(s > 'é')").select("id", "ts", expr("greatest(crc32(greatest('2024-02-29', '42', s)), CASE WHEN false THEN id ELSE id END)").alias("c1"), expr("md5(CAST(nullif(date_add(dt, i), DATE'2000-01-01') AS STRING)) AS c2"), F.make_date(lit(2024), lit(12), lit(28)).alias("c3"), expr("(dayofweek(dt) IS NULL)"))
OUTPUT_MODE = "append"
