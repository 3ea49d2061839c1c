from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("ts") > col("dt")) | col("s").isNull())).withColumn("c1", expr("timestamp_diff('DAY', last_day(make_date(2024, pmod(i, 12) + 1, least(dayofmonth(DATE'2024-02-29'), 28))), (greatest(TIMESTAMP'2024-02-29 00:00:00', ts, ts) + INTERVAL -3 DAYS))")).withColumn("c2", expr("map_keys(map(t, 1, 'k', 2))")).withColumn("c3", F.url_encode(col("t"))).withColumn("c4", expr("sequence(i % 5, 4)")).withColumn("c5", expr("CASE WHEN true THEN m WHEN (ts <= TIMESTAMP'1999-12-31 23:59:59.999') THEN 1.25 WHEN true THEN m ELSE m END")).select("id", "c1", "c2", "c3", "c4", "c5").where(col("c4").isNotNull())
OUTPUT_MODE = "append"
