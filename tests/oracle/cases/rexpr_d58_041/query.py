from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "m", col("k").cast("boolean").alias("c1"), expr("round(nullif((i * m), 100BD))").alias("c2"), expr("(i * 1)").alias("c3"), ((F.char_length(lit("42")) + col("i")) + F.least(col("i"), col("i"))).alias("c4")).where("(c3 IS NOT NULL)")
OUTPUT_MODE = "append"
