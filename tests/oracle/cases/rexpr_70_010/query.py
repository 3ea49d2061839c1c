from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, m DECIMAL(12,4), s STRING, t STRING, d DOUBLE, n DECIMAL(4,1), i INT, dt DATE").json(INPUT)
result = df.select("id", "ts", F.date_sub(col("dt"), col("i")).alias("c1"), ((F.dayofmonth(col("ts")) - col("id")) * lit(0)).alias("c2"), F.timestamp_seconds(col("i")).alias("c3"), lit(-4).cast("string"))
OUTPUT_MODE = "append"
