from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("i") > lit(2.0)).alias("c1"), col("j").cast("boolean"), F.rpad(F.lpad(F.when((col("s") <= lit("42")), F.left(col("s"), lit(4))).when(col("b"), col("s")).when(col("b"), col("s")).otherwise(F.md5(lit("Hello"))), 6, " "), 3, "*").alias("c3"), F.ceil(col("d")).alias("c4"), F.when(col("b"), col("dt")).when(col("ts").isNotNull(), col("dt")).otherwise(col("dt")))
OUTPUT_MODE = "append"
