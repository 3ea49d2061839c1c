from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.date_trunc("QUARTER", F.to_timestamp(F.date_format(F.nullif(col("dt"), F.to_date(lit("2025-03-01"))).cast("timestamp"), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS"))).withColumn("c2", expr("timestamp_millis(i)")).withColumn("c3", expr("(c1 - INTERVAL '1 02:03:04.000005' DAY TO SECOND)")).withColumn("c4", lit(0).cast("bigint")).withColumn("c5", expr("nullif(to_date('2024-02-29'), to_date('2000-01-01'))")).drop("j", "k", "d", "ts").filter("(n IS NOT NULL)")
OUTPUT_MODE = "append"
