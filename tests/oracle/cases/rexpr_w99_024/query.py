from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(12,4), b BOOLEAN, f FLOAT, k BIGINT, s STRING, ts TIMESTAMP, d DOUBLE, dt DATE, i INT, n DECIMAL(4,1)").json(INPUT)
result = df.withColumn("c1", expr("(f * d)")).withColumn("c2", expr("hash(try_to_timestamp(s), k)")).withColumn("c3", expr("(CASE WHEN b THEN i WHEN b THEN i WHEN (id >= -2L) THEN i END * bround(0.001, 0))")).filter((F.contains(col("s"), lit("é")) | col("s").isNotNull()))
OUTPUT_MODE = "append"
