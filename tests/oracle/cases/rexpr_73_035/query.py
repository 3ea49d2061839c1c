from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, n DECIMAL(20,0), t STRING, m DECIMAL(38,10), ts TIMESTAMP, s STRING, b BOOLEAN, d DOUBLE, i INT, dt DATE").json(INPUT)
result = df.filter(((lit(0.001) <= col("i")) | (col("ts") == F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))).select("id", "j", ((lit(None).cast("timestamp") - expr("INTERVAL '90' MINUTE")) >= F.trunc(col("dt"), "YEAR")), (col("i") + col("n")).alias("c2"), F.lpad(col("t"), 0, "é"))
OUTPUT_MODE = "append"
