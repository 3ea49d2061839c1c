spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "ts", F.date_add(col("dt"), col("i")).alias("c1"), F.trunc(F.trunc(F.when(col("m").isNotNull(), (col("dt") + expr("INTERVAL -10 DAYS"))).otherwise(col("dt")), "WEEK"), "mon").alias("c2"), expr("dateadd(date_add(date_add(dt, i), i), i)").alias("c3"), expr("CASE WHEN false THEN ts WHEN (m IS NOT NULL) THEN ts WHEN b THEN ts ELSE ts END AS c4"))
OUTPUT_MODE = "append"
