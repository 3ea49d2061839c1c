from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(n BETWEEN 0.5 AND 99.99)")).withColumn("c2", F.abs(F.when(lit(True), F.abs(lit(10))).when(col("b"), F.instr(col("s"), "")).when(col("b"), col("i")).otherwise((lit(5) * col("i")))).isNull()).withColumn("c3", expr("(i - instr(s, 'o'))")).withColumn("c4", expr("(i > k)")).withColumn("c5", (col("i").isNotNull() & (col("k") != lit(0).cast("bigint")))).select("id", "c1", "c2", "c3", "c4", "c5").filter("((c3 IN (2, 1, 3)) OR (c4 IS NULL))")
OUTPUT_MODE = "append"
