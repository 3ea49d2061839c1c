from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CASE WHEN (ts IS NOT NULL) THEN least((ts + INTERVAL 1 MONTH), date_trunc('HOUR', TIMESTAMP'1999-12-31 23:59:59.999'), CAST(i AS TIMESTAMP)) WHEN CAST(CASE WHEN b THEN i ELSE 100 END AS BOOLEAN) THEN ts ELSE (nullif(ts, TIMESTAMP'2024-02-29 00:00:00') + INTERVAL 36 HOURS) END").alias("c1"), expr("make_date(2023, month(to_date('2024-02-29')), least(dayofmonth(to_date('2024-02-29')), 28))"), F.concat(col("t"), col("s"), lit("é")), F.add_months(F.add_months(col("dt"), col("i")), col("i")).alias("c4")).where((~F.coalesce(col("ts").isNotNull(), lit(False))))
OUTPUT_MODE = "append"
