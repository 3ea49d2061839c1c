from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("nvl2(b, s, s)")).withColumn("c2", expr("date_trunc('WEEK', timestamp_millis(i))")).withColumn("ts", expr("((to_timestamp(date_format(try_to_timestamp(s), 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') + INTERVAL -3 DAYS) - INTERVAL 36 HOURS)")).drop("i", "k", "m", "s", "b")
OUTPUT_MODE = "append"
