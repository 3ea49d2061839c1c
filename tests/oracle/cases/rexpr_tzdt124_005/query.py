spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, m DECIMAL(18,6), dt DATE, j INT, i INT, d DOUBLE, t STRING, s STRING, b BOOLEAN").json(INPUT)
result = df.withColumn("c1", F.try_add(col("m"), (F.round(col("m"), -1) / F.nullif(col("m"), lit(0))))).withColumn("c2", expr("((d - id) IS NOT NULL)")).withColumn("c3", (col("m") + col("m"))).withColumn("i", expr("try_multiply(i, j)")).drop("ts", "m", "dt", "j", "d", "t", "b")
OUTPUT_MODE = "append"
