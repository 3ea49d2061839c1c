from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "f", col("b").cast("decimal(38,18)").alias("c1"), (col("i") - F.minute(F.when(col("b"), col("ts")).when(col("b"), col("ts")).otherwise(col("ts")))).alias("c2")).where((col("i") != lit(10)))
OUTPUT_MODE = "append"
