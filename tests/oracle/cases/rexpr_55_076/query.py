from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(col("s").isNotNull()).select("id", col("id").try_cast("int").alias("c1"), (col("id") + col("i")).alias("c2"), col("d").isNotNull().alias("c3"), expr("((ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND) - INTERVAL '1-2' YEAR TO MONTH) AS c4"), F.ceil(col("m")).alias("c5")).where(((col("d") - lit(1).cast("bigint")).isNotNull() | (col("ts") < F.to_timestamp(lit("2024-03-01 12:30:00.123456")))))
OUTPUT_MODE = "append"
