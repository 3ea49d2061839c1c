from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CAST(coalesce(k, 1000L) AS BOOLEAN)")).withColumn("c2", expr("(ts - INTERVAL -3 DAYS)")).withColumn("c3", col("n").try_cast("int").cast("string").endswith("o").cast("string")).withColumn("c4", expr("((j = 0) OR (ts IS NOT NULL))"))
OUTPUT_MODE = "append"
