from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((lit("2024-02-29").isin(lit("日本"), lit("é"), lit("日本")) | col("k").isNull())).withColumn("c1", (col("i") + col("i"))).withColumn("c2", expr("sqrt(size(split(date_format(CASE WHEN b THEN dt WHEN (m >= 99.99) THEN dt WHEN b THEN to_date('2000-01-01') ELSE dt END, 'EEEE'), '  *')))")).withColumn("j", F.dayofmonth(F.coalesce(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))).withColumn("c4", expr("coalesce((2.0D - d), ln(n), CAST(NULL AS DOUBLE))")).withColumn("c5", expr("next_day(dt, 'Funday')")).select("id", "c1", "c2", "c4", "c5")
OUTPUT_MODE = "append"
