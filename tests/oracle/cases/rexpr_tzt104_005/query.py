spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (s IS NOT NULL) THEN TIMESTAMP'2024-03-01 12:30:00.123456' WHEN (d >= 2.0D) THEN ts WHEN b THEN ts ELSE ts END")).withColumn("c2", expr("upper('o')")).withColumn("c3", expr("make_date(year(dt), 2, 30)")).withColumn("c4", expr("CASE WHEN (n <> 0.001) THEN id WHEN (i <> 2) THEN id WHEN (i >= 2) THEN id ELSE id END")).withColumn("c5", F.greatest(F.to_date(lit("2023-12-31")), F.date_add(col("dt"), col("i")))).drop("f", "m", "n", "s", "dt")
OUTPUT_MODE = "append"
