spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(arrays_overlap(array(i), array(CAST(NULL AS INT), 3)) OR (m IS NULL))").groupBy(F.add_months(F.to_date(lit("2000-01-01")), col("i")).alias("k1"), "dt").agg(F.max(F.to_timestamp(F.date_format(expr("to_timestamp_ltz(CAST(dt AS STRING))"), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS")).alias("a1"), expr("bitmap_count(bitmap_or_agg(unhex(lpad(hex(abs(i) % 256), 8, '0'))))").alias("a2"), expr("sum((id % 7)) AS a3"), F.percentile((col("i") - col("i")), 0.5).alias("a4")).orderBy(col("a1").desc(), col("k1").asc_nulls_last(), col("dt").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
