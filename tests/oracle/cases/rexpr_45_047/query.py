from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, d DOUBLE, i INT, ts TIMESTAMP, t STRING, m DECIMAL(7,0), dt DATE, b BOOLEAN").load(INPUT)
result = df.withColumn("c1", expr("hash(dt, id)")).withColumn("c2", expr("coalesce((length(CAST(NULL AS STRING)) / 2.0D), (d + m), 0.5D)")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
