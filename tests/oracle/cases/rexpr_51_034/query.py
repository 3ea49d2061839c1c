from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, dt DATE, t STRING, k BIGINT, ts TIMESTAMP, i INT, m DECIMAL(10,2), d DOUBLE, j INT, s STRING").json(INPUT)
result = df.select("id", expr("date_trunc('MONTH', to_timestamp(date_format((CASE WHEN b THEN ts ELSE ts END + INTERVAL 1 MONTH), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')) AS c1"), F.pmod(col("i"), lit(7)).cast("string").alias("c2"), expr("greatest(dt, dt)"))
OUTPUT_MODE = "append"
