from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(least(ts, ts, ts) - INTERVAL '90' MINUTE)"), expr("nullif((CASE CASE WHEN b THEN s WHEN b THEN 'o' WHEN (i <= -1) THEN s ELSE s END WHEN 'o' THEN ts WHEN 'x-y' THEN ts ELSE ts END - INTERVAL '1 02:03:04.000005' DAY TO SECOND), TIMESTAMP'1999-12-31 23:59:59.999')").alias("c2"), (-(-col("d"))).try_cast("decimal(38,18)").alias("c3"))
OUTPUT_MODE = "append"
