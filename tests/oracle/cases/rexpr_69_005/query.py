from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, m DECIMAL(38,10), f FLOAT, s STRING, j INT, ts TIMESTAMP, d DOUBLE, b BOOLEAN, dt DATE, n DECIMAL(4,1), t STRING").load(INPUT)
result = df.withColumn("ts", (F.least(col("ts"), col("ts"), col("ts")) - expr("INTERVAL 36 HOURS"))).withColumn("c2", F.sqrt(F.round(col("f"), 1))).select("id", "c2")
OUTPUT_MODE = "append"
