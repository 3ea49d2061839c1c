from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (col("m") - col("i"))).withColumn("j", F.instr(F.concat(col("s"), F.format_string("%s", lit(100.0))), "é")).withColumn("c3", (lit(-1) * F.when(col("b"), lit(3).cast("bigint")).when(col("b"), col("id")).when((col("f") <= lit(0.001)), col("id")).otherwise(col("id")))).withColumn("c4", expr("CASE WHEN (NOT (n >= 99.99)) THEN ifnull(0.5, 0.001) WHEN b THEN nvl2(1, m, 12.345) END")).select("id", "c1", "c3", "c4")
OUTPUT_MODE = "append"
