from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when(col("b"), F.nullif(F.to_timestamp(lit("1999-12-31 23:59:59.999")), F.to_timestamp(lit("1999-12-31 23:59:59.999")))).otherwise(col("ts"))).withColumn("c2", F.regexp_like(col("t"), lit("o$"))).drop("i", "s", "t", "b", "dt", "ts")
OUTPUT_MODE = "append"
