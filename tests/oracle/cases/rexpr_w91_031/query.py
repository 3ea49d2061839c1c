from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("('2.5' * CAST((i - i) AS DOUBLE))").alias("c1"), F.when(col("b"), col("ts")).when(lit(True), col("ts")).otherwise(col("ts")), F.least(col("d"), col("d")).isin(lit(0.1)).alias("c3"), expr("weekofyear(dt)"))
OUTPUT_MODE = "append"
