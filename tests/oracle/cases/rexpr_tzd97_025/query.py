spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("t", expr("(i / nullif(j, 0)) AS c1"), F.nullif(F.nullif(F.make_timestamp(F.year(col("dt")), F.month(col("dt")), F.dayofmonth(col("dt")), lit(0), lit(59), lit(expr("15.5"))), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), F.to_timestamp(lit("2024-02-29 00:00:00"))).alias("c2"), expr("CAST(t AS DATE) AS c3"), F.date_add(col("dt"), col("i")).alias("c4"))
OUTPUT_MODE = "append"
