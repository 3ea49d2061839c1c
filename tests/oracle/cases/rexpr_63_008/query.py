from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", col("id").cast("double"), expr("CAST(nvl(ts, TIMESTAMP'2024-02-29 00:00:00') AS STRING)").alias("c2")).where(col("i").isNotNull())
OUTPUT_MODE = "append"
