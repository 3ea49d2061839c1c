from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(i < -1)").withColumn("c1", F.date_format((col("ts") + expr("INTERVAL -3 DAYS")), "HH:mm:ss")).withColumn("c2", expr("3L")).drop("d", "m", "s", "dt", "ts")
OUTPUT_MODE = "append"
