from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select((col("n") / F.nullif(col("j"), lit(0))), expr("array(try_mod(i, i), NULL)").alias("c2"), col("t").try_cast("timestamp").alias("c3")).filter((col("c3") != F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))
OUTPUT_MODE = "append"
