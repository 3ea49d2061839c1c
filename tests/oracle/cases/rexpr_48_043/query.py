from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("((d <= 100.0D) AND coalesce((t <= 'é'), true)) AS c1"), expr("date_format(date_sub(dt, i), 'yyyy-MM-dd HH:mm:ss.SSS') AS c2"), expr("nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c3"), F.months_between(F.date_sub(F.when((col("f") > lit(3.75)), F.to_date(lit("2025-03-01"))).when((col("f") > lit(0.5)), col("dt")).when((col("m") == expr("12.345")), col("dt")).otherwise(F.to_date(lit("2025-03-01"))), col("i")), F.to_timestamp(lit("1999-12-31 23:59:59.999")), False).alias("c4"))
OUTPUT_MODE = "append"
