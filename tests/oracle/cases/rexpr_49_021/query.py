from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.round((col("m") / F.nullif(col("i"), lit(0))), 2).alias("c1"), (col("n") + lit(12.345).cast("decimal(5,3)")).alias("c2"))
OUTPUT_MODE = "append"
