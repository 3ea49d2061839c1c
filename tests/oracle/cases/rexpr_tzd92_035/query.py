spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.floor(col("m"), -1)).withColumn("c2", col("d").cast("int")).withColumn("c3", expr("(ts - INTERVAL '1 02:03:04.000005' DAY TO SECOND)"))
OUTPUT_MODE = "append"
