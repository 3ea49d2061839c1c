from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(12,4), n DECIMAL(20,0), ts TIMESTAMP, i INT, f FLOAT, k BIGINT, dt DATE, d DOUBLE, s STRING, b BOOLEAN").json(INPUT)
result = df.select("id", "k", expr("nullif(i, 10)"), F.when(col("k").cast("boolean"), F.when(col("b"), (col("m") - col("n"))).otherwise(col("m"))).otherwise(expr("12.345")).alias("c2")).where("(isnan(ln(i)) OR (n <= 12.345))")
OUTPUT_MODE = "append"
