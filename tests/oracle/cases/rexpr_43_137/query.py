from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("pmod((i % 2), -4)")).withColumn("c2", F.timestamp_seconds(col("i"))).withColumn("c3", (col("i") == col("f"))).withColumn("c4", expr("least(CAST(dt AS TIMESTAMP), greatest(ts, ts), CAST(i AS TIMESTAMP))")).withColumn("c5", F.bround((col("m") / F.nullif(col("i"), lit(0))), 0)).drop("d", "f", "m", "b", "dt", "ts")
OUTPUT_MODE = "append"
