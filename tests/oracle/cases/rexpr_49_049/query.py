from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, d DOUBLE, dt DATE, f FLOAT, s STRING, i INT, t STRING, m DECIMAL(18,6), b BOOLEAN").load(INPUT)
result = df.withColumn("c1", F.last_day(col("dt"))).withColumn("c2", expr("((octet_length(t) + 10) % nullif(length(concat_ws('|', t, t, s)), 0))")).withColumn("dt", expr("CASE WHEN isnan(round(3.75D, 1)) THEN trunc(TRY_CAST(t AS DATE), 'MM') WHEN (repeat('é', 1) BETWEEN '42' AND 'x-y') THEN add_months(dt, i) END")).withColumn("c4", expr("nullif(if(b, ts, TIMESTAMP'2024-02-29 00:00:00'), TIMESTAMP'2024-03-01 12:30:00.123456')")).drop("i", "t", "m", "b")
OUTPUT_MODE = "append"
