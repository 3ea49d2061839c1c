from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, dt DATE, b BOOLEAN, i INT, m DECIMAL(10,2), f FLOAT, ts TIMESTAMP, j INT, t STRING, s STRING").json(INPUT)
result = df.groupBy("t", "i").agg(F.sum(F.when(col("i").eqNullSafe(col("id")), (lit(2) + col("i"))).otherwise(lit(0))).alias("a1"), expr("(max(exp(instr(concat(CAST(100 AS STRING), s), ''))) - min(exp(instr(concat(CAST(100 AS STRING), s), '')))) AS a2"))
OUTPUT_MODE = "update"
