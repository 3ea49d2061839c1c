spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, f FLOAT, m DECIMAL(18,6), i INT, b BOOLEAN, t STRING, dt DATE, ts TIMESTAMP, j INT, n DECIMAL(9,5), k BIGINT, s STRING").load(INPUT)
result = df.withColumn("c1", F.to_timestamp(F.date_format(F.when(col("b"), col("ts")).otherwise(col("ts")), "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm")).withColumn("c2", expr("bround(nvl2(b, TRY_CAST(t AS DOUBLE), 0.001D), 2)")).withColumn("c3", expr("greatest(ts, (nvl2(t, ts, TIMESTAMP'1999-12-31 23:59:59.999') - INTERVAL '1-2' YEAR TO MONTH), (date_trunc('QUARTER', (ts - INTERVAL '1 02:03:04.000005' DAY TO SECOND)) + INTERVAL '1 02:03:04.000005' DAY TO SECOND))")).filter("coalesce(b, true)")
OUTPUT_MODE = "append"
