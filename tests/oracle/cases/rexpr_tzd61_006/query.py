spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("last_day(CASE WHEN (f >= 3.75D) THEN date_from_unix_date(i) WHEN b THEN dt ELSE dt END) AS c1"), F.months_between(F.when(col("b"), col("dt")), F.least(col("ts"), col("ts")), False), expr("greatest(TIMESTAMP'2024-02-29 00:00:00', ts)"), F.concat(F.when(col("b"), lit(-3.10).cast("decimal(3,2)")).otherwise(col("m")).cast("string"), (col("id") == col("i")).cast("string"), F.concat(col("t"), col("t"))).alias("c4"), F.rpad(col("s"), 0, "ab").alias("c5"))
OUTPUT_MODE = "append"
