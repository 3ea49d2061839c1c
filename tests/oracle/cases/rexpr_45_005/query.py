from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, dt DATE, k BIGINT, n DECIMAL(20,0), m DECIMAL(10,2), b BOOLEAN, s STRING, ts TIMESTAMP, j INT, i INT").json(INPUT)
result = df.withColumn("c1", F.unix_timestamp(col("ts"))).withColumn("c2", expr("length(format_string('%d%%', CASE WHEN b THEN 3 ELSE -4 END))")).withColumn("c3", F.repeat((col("m") + col("n")).try_cast("bigint").cast("string"), -1)).where("(((d > -1.5D) != endswith(s, 'é')) OR (j IS NOT NULL))")
OUTPUT_MODE = "append"
