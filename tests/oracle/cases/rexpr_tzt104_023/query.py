spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(d + 86400L)")).withColumn("c2", expr("CASE WHEN (dt <= DATE'2000-01-01') THEN CASE WHEN (n IS NOT NULL) THEN ts ELSE ts END WHEN true THEN TIMESTAMP'2024-02-29 00:00:00' WHEN (id <= 0L) THEN (ts + INTERVAL '25:00' HOUR TO MINUTE) END")).withColumn("c3", expr("(0.5 + n)")).withColumn("c4", (F.add_months(F.to_date(lit("2000-01-01")), col("i")) >= F.trunc(F.next_day(F.date_add(col("dt"), col("i")), "wednesday"), "yy"))).withColumn("c5", expr("(i * m)")).drop("i", "j", "k", "d", "m", "n", "s", "dt", "ts")
OUTPUT_MODE = "append"
