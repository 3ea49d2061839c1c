spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, i INT, dt DATE, s STRING, d DOUBLE, j INT, m DECIMAL(18,6), t STRING").load(INPUT)
result = df.withColumn("c1", F.nullif(F.date_add(F.date_add(col("dt"), (lit(0) % lit(10))), col("i")), F.to_date(lit("2023-12-31")))).withColumn("c2", F.timestamp_millis(lit(0))).withColumn("c3", expr("signum((CASE WHEN false THEN 99.99 ELSE m END + round(m, -1)))")).withColumn("c4", expr("least(ts, ts)"))
OUTPUT_MODE = "append"
