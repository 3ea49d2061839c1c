from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("k", expr("((10 * i) / 7) AS c1"), col("k").try_cast("int").alias("c2"), (F.when(col("b"), lit(1.25).cast("decimal(3,2)")).when(col("b"), col("m")).when(col("f").isNotNull(), col("m")).otherwise(col("m")) / F.nullif(F.hash(col("ts")), lit(0))).alias("c3"), expr("base64(s)")).filter((~F.coalesce(F.concat(F.to_date(lit("2023-12-31")).cast("string"), col("s")).rlike("[aeiou]{2}"), lit(False))))
OUTPUT_MODE = "append"
