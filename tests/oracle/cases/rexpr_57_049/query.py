from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("b").agg(F.max(F.greatest(col("ts"), lit(None).cast("timestamp"))).alias("a1"), expr("max(i) AS a2"))
OUTPUT_MODE = "update"
