from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, dt DATE, t STRING, i INT, n DECIMAL(4,1), d DOUBLE, ts TIMESTAMP, m DECIMAL(10,2)").json(INPUT)
result = df.withColumn("c1", expr("(m IN (1.25, 0.001))")).withColumn("c2", expr("nullif(ts, TIMESTAMP'2024-02-29 00:00:00')")).withColumn("c3", expr("extract(DAY FROM dt)")).drop("t", "i", "n", "m").where(col("ts").isNotNull())
OUTPUT_MODE = "append"
