from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (F.nullif(col("id"), lit(-2).cast("bigint")) % F.nullif(F.nullif(col("i"), lit(2)), lit(0))).alias("c1"), ((col("id") <= lit(1).cast("bigint")) & col("b")).alias("c2")).filter("(('Hello' != '日本') OR (c2 IS NOT TRUE))")
OUTPUT_MODE = "append"
