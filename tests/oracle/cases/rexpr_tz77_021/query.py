spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (j = 3) THEN from_unixtime(abs(i)) END")).withColumn("c2", (col("id") % lit(10)).cast("boolean")).withColumn("c3", expr("CASE WHEN startswith(t, ' ') THEN ts WHEN (id < j) THEN (ts + INTERVAL 1 MONTH) END")).withColumn("c4", F.round((col("m") / lit(10)), 3))
OUTPUT_MODE = "append"
