spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(F.coalesce(expr("arrays_overlap(array(i), array(CAST(NULL AS INT), 3))"), lit(True))).withColumn("c1", (F.to_timestamp(lit("2024-03-01 12:30:00.123456")) + expr("INTERVAL 1 DAY")).isNotNull()).withColumn("c2", F.nvl((lit(100.0) * (col("i") * lit(10))), lit(2.0))).withColumn("c3", expr("CASE WHEN (b IS NOT NULL) THEN least(timestamp_seconds(i), (ts + INTERVAL 36 HOURS), ts) WHEN ('Hello' LIKE '%') THEN ts ELSE ts END")).withColumn("c4", col("c2")).select("id", "c1", "c2", "c3", "c4").where((~F.coalesce((col("c1") & lit(False)), lit(False))))
OUTPUT_MODE = "append"
