from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(5,3), dt DATE, j INT, m DECIMAL(18,6), d DOUBLE, ts TIMESTAMP, i INT, s STRING, t STRING").json(INPUT)
result = df.withColumn("c1", expr("(ts - INTERVAL '1-2' YEAR TO MONTH)")).withColumn("c2", F.nullif(((col("n") * lit(float("nan"))) * col("id")), lit(-1.5)))
OUTPUT_MODE = "append"
