from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, s STRING, i INT, dt DATE, ts TIMESTAMP, n DECIMAL(4,1), j INT, d DOUBLE, m DECIMAL(10,2)").load(INPUT)
result = df.filter("(s > '2024-02-29')").select(expr("(- d) AS c1"), expr("CASE WHEN (m >= 0.5D) THEN coalesce((ts - INTERVAL -3 DAYS), TIMESTAMP'1999-12-31 23:59:59.999') WHEN (nvl2(dt, j, 10) != n) THEN ((ts - INTERVAL 1 MONTH) + INTERVAL 36 HOURS) ELSE date_trunc('MONTH', ts) END").alias("c2"), expr("nvl2(dt, b, true)"), F.add_months(F.date_trunc("HOUR", col("ts")).cast("date"), F.weekofyear(F.to_date(lit("2025-03-01")))).alias("c4"), F.replace(F.format_string("%e", lit(100.0)), lit("o"), lit("0")).alias("c5")).where((~F.coalesce(col("b"), lit(False))))
OUTPUT_MODE = "append"
