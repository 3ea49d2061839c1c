from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "ts", F.ascii(col("s")).alias("c1"), expr("locate(' ', s, 1)").alias("c2")).where(((lit(2) >= lit(3).cast("bigint")) | col("dt").isNull()))
OUTPUT_MODE = "append"
