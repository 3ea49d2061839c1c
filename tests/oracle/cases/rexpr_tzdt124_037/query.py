spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((b = (b IS NOT TRUE)) OR b)").withColumn("c1", expr("(b AND (i < 5))")).withColumn("dt", expr("greatest(CASE WHEN b THEN dt WHEN b THEN dt ELSE dt END, dt)")).withColumn("c3", expr("nullif(86400L, 3L)")).withColumn("c4", F.when(col("b"), col("ts")).otherwise(F.coalesce(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))))).withColumn("c5", col("id").isNotNull()).select("id", "c1", "c3", "c4", "c5").where("(((c4 - c4) <= INTERVAL '-36' HOUR) OR (c4 <= TIMESTAMP'1999-12-31 23:59:59.999'))")
OUTPUT_MODE = "append"
