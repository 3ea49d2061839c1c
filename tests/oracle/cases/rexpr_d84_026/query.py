from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("ceil(m, -1)").alias("c1"), ((-col("i")) + F.nullif(col("i"), lit(5))).alias("c2"))
OUTPUT_MODE = "append"
