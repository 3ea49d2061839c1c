from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(col("d").isNotNull()).withColumn("c1", (col("m") / col("i"))).withColumn("c2", expr("months_between(CAST(ts AS DATE), DATE'2025-03-01', false)")).withColumn("c3", F.try_subtract(col("m"), col("m"))).withColumn("c4", expr("unix_date(next_day(date_sub(last_day(dt), i), 'wednesday'))")).withColumn("c5", expr("nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999')")).drop("d", "n", "t", "dt", "ts")
OUTPUT_MODE = "append"
