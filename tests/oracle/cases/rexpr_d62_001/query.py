from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, m DECIMAL(38,10), d DOUBLE, n DECIMAL(4,1), i INT, f FLOAT, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when(F.substring(col("s"), 0, 0).like("_"), (col("f") < lit(2.0))).when(F.array_contains(F.split(col("s"), ","), ""), col("s").ilike("H%")).otherwise((col("d") < lit(-1.5)))).withColumn("c2", expr("nullif(date_format(timestamp_millis(3), 'D'), '42')")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
