from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, t STRING, d DOUBLE, b BOOLEAN, ts TIMESTAMP, j INT, i INT, m DECIMAL(10,2), dt DATE").json(INPUT)
result = df.select("id", ((F.when(col("i").isNotNull(), col("i")).otherwise(col("i")) + col("i")) / F.nullif((col("i") + col("i")), lit(0))).alias("c1"), expr("least(id, id)").alias("c2"), expr("date_trunc('QUARTER', ts)").alias("c3"), expr("substring(rpad(t, 0, '*'), 5, 0)").alias("c4"), F.nullif(F.nullif(col("id"), lit(0).cast("bigint")), lit(1).cast("bigint")).alias("c5"))
OUTPUT_MODE = "append"
