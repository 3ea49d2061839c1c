spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, b BOOLEAN, dt DATE, s STRING, m DECIMAL(10,2), j INT, i INT, n DECIMAL(5,3), ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND)")).withColumn("c2", expr("(bround(CASE WHEN b THEN d WHEN b THEN d ELSE d END, 1) / nullif(d, 0))")).withColumn("c3", expr("CASE WHEN nvl2(to_date('2025-03-01'), b, false) THEN m ELSE m END")).select("id", "c1", "c2", "c3").where("(dt > to_date('2023-12-31'))")
OUTPUT_MODE = "append"
