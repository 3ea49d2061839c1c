from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (F.coalesce(col("id"), lit(1000).cast("bigint")) - F.when(col("b"), lit(5)).when((col("dt") < F.to_date(lit("2024-02-29"))), col("i")).when(col("b"), col("i")).otherwise(col("i"))).alias("c1"), F.nullif(col("dt").cast("timestamp"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).alias("c2")).filter(col("b"))
OUTPUT_MODE = "append"
