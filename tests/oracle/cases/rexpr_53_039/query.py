from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("d") / F.nullif(col("d"), lit(0))), expr("trim(CAST(j AS STRING))").alias("c2"), (lit(-1) * col("i")).alias("c3"), col("s").try_cast("timestamp").alias("c4")).where("(i IS NOT NULL)")
OUTPUT_MODE = "append"
