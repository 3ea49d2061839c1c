from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("coalesce((100.0D - id), -1.5D, 0.001D)")).withColumn("c2", F.trunc(F.date_add(col("dt"), col("i")), "MM")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
