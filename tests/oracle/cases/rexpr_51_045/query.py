from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.coalesce(lit(0).cast("bigint"), lit(1).cast("bigint")).alias("c1"), expr("size(split('abc', '  *'))").alias("c2"))
OUTPUT_MODE = "append"
