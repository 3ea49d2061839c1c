from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.json_array_length(col("s")).alias("c1"), expr("((('2.5' * CAST(f AS DOUBLE)) / nullif(i, 0)) = datediff(dt, dt))").alias("c2")).where((col("k") < lit(0).cast("bigint")))
OUTPUT_MODE = "append"
