from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, ts TIMESTAMP, d DOUBLE, b BOOLEAN, j INT, i INT, m DECIMAL(38,10), dt DATE, t STRING").json(INPUT)
result = df.select("id", expr("nvl2(repeat(s, -1), regexp_substr(t, '[A-Z][a-z]*'), s)").alias("c1"), F.isnan(F.when(col("id").isNotNull(), col("d")).when(F.when((col("dt") < F.to_date(lit("2024-02-29"))), col("i").isNotNull()).otherwise(col("b")), F.round(col("d"), 1)).when(col("b"), col("d")).otherwise(F.when(col("b"), col("d")).when((col("m") < expr("-3.10")), col("d")).when(col("b"), lit(0.001)).otherwise(col("d")))).alias("c2"))
OUTPUT_MODE = "append"
