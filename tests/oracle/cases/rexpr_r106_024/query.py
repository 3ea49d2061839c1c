from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "d", F.posexplode_outer(F.create_map(lit(2), col("t"))), col("b").cast("string").like("%o%").alias("c2"), expr("sequence(last_day(DATE'2024-02-29'), date_add(last_day(DATE'2024-02-29'), 3), INTERVAL 1 DAY)[1]").alias("c3"), expr("nullif(timestamp_add('HOUR', bitwise_not(i), if((b IS NOT TRUE), ts, TIMESTAMP'2024-02-29 00:00:00')), TIMESTAMP'2024-03-01 12:30:00.123456')").alias("c4"))
OUTPUT_MODE = "append"
