from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, n DECIMAL(20,0), t STRING, m DECIMAL(12,4), i INT, b BOOLEAN, dt DATE, s STRING, d DOUBLE").json(INPUT)
result = df.filter((col("id") >= lit(86400).cast("bigint"))).withColumn("c1", F.coalesce(col("d"), col("d"), lit(0.5))).withColumn("c2", expr("contains(replace(nvl2(' ', t, 'é'), 'a', ''), ' ')")).withColumn("c3", (F.round(lit(-1.5), 3) * lit(3))).drop("ts", "n", "m", "i", "b", "dt", "d").filter((col("b").isNotNull() | col("b")))
OUTPUT_MODE = "append"
