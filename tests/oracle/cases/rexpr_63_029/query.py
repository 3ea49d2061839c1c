from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "ts", F.left(col("t"), lit(2)), expr("nvl((dt > DATE'2000-01-01'), CAST(NULL AS BOOLEAN))").alias("c2"))
OUTPUT_MODE = "append"
