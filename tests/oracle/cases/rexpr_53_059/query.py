from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, ts TIMESTAMP, i INT, t STRING, j INT, n DECIMAL(20,0), m DECIMAL(10,2), dt DATE, b BOOLEAN, s STRING").json(INPUT)
result = df.select("id", F.when(col("b"), col("j")).when(col("b"), col("i")).when(col("dt").isNull(), F.nullif(col("j"), lit(3))).otherwise(col("j")).alias("c1"), expr("pmod(1L, nullif(j, 0)) AS c2"), expr("(b AND (m IS NOT NULL)) AS c3"))
OUTPUT_MODE = "append"
