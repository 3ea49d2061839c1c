from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, dt DATE, m DECIMAL(7,0), i INT, ts TIMESTAMP, d DOUBLE, s STRING").json(INPUT)
result = df.select("b", (lit("日本") >= col("s")), F.sha1(F.left(F.date_format(col("ts"), "yyyy-MM-dd HH:mm:ss.SSSSSS"), lit(1))).alias("c2"), expr("left(s, 1)").alias("c3"), expr("((m - m) + TRY_CAST(i AS DECIMAL(10,4)))").alias("c4"), expr("((next_day(dt, 'Mon') - INTERVAL 2 YEARS) <= CASE WHEN (id >= 86400L) THEN ts WHEN b THEN ts WHEN b THEN ts ELSE ts END) AS c5")).filter("((NOT (m > 0.001)) OR (i IS NULL))")
OUTPUT_MODE = "append"
