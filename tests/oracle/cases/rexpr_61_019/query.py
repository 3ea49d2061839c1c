from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, d DOUBLE, t STRING, n DECIMAL(5,3), i INT, s STRING, j INT, dt DATE, m DECIMAL(10,2)").json(INPUT)
result = df.withColumn("c1", F.coalesce(col("d"), (col("d") * col("d")), lit(0.1))).withColumn("ts", expr("ts")).select("id", "c1").filter((col("n") <= lit(99.99).cast("decimal(4,2)")))
OUTPUT_MODE = "append"
