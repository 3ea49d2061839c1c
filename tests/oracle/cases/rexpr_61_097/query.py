from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, f FLOAT, t STRING, ts TIMESTAMP, b BOOLEAN, m DECIMAL(10,2), i INT, dt DATE, j INT, n DECIMAL(5,3), d DOUBLE, s STRING").load(INPUT)
result = df.select("id", "j", F.crc32(col("t")).alias("c1"), F.ceil(col("m"), -1).alias("c2"), F.nvl2(col("id"), col("f"), lit(100.0)).alias("c3"), F.date_add(F.add_months(F.greatest(col("dt"), F.add_months(col("dt"), col("i"))), col("i")), col("i")).alias("c4"), expr("CASE WHEN ((ts <=> dt) < b) THEN date_trunc('MONTH', ts) WHEN startswith(rpad('é', 8, 'é'), 'o') THEN date_trunc('QUARTER', ts) ELSE try_to_timestamp(s) END").alias("c5"))
OUTPUT_MODE = "append"
