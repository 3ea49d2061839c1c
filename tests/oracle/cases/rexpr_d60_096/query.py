from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.date_add(col("dt"), col("i")).alias("c1"), F.make_date(F.year(col("dt")), lit(12), F.least(F.dayofmonth(col("dt")), lit(28))).alias("c2"), expr("(greatest(CASE WHEN (b IS NOT NULL) THEN ts ELSE TIMESTAMP'2024-03-01 12:30:00.123456' END, ts) - INTERVAL 36 HOURS)").alias("c3"), expr("(datediff(ts, DATE'2000-01-01') - CASE WHEN b THEN 1 END)"))
OUTPUT_MODE = "append"
