from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(m + greatest(m, m))")).withColumn("c2", F.least(col("dt"), col("dt"))).withColumn("dt", expr("(date_add(dt, i) + INTERVAL 1 MONTH)"))
OUTPUT_MODE = "append"
