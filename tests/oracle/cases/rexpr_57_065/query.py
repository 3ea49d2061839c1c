from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, s STRING, m DECIMAL(10,2), b BOOLEAN, dt DATE, ts TIMESTAMP, i INT").json(INPUT)
result = df.select("id", "m", F.trunc(col("dt"), "mon").alias("c1"), expr("(i * bround(m, -1))").alias("c2"))
OUTPUT_MODE = "append"
