from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("j").agg(expr("count_if((n IS NOT NULL)) AS a1"), expr("(max(CASE WHEN (n <= 12.345) THEN m WHEN (m < 0.001) THEN m WHEN (m IS NOT NULL) THEN m ELSE m END) - min(CASE WHEN (n <= 12.345) THEN m WHEN (m < 0.001) THEN m WHEN (m IS NOT NULL) THEN m ELSE m END)) AS a2"), F.count(col("dt")).alias("a3"), (F.max(F.when((col("m") == lit(99.99).cast("decimal(4,2)")), F.bround((col("d") + col("f")), 0)).when((col("f") + col("i")).between(lit(2.0), lit(-1.5)), F.sqrt(col("d"))).otherwise((col("f") * col("d")))) - F.min(F.when((col("m") == lit(99.99).cast("decimal(4,2)")), F.bround((col("d") + col("f")), 0)).when((col("f") + col("i")).between(lit(2.0), lit(-1.5)), F.sqrt(col("d"))).otherwise((col("f") * col("d"))))).alias("a4")).orderBy("j")
OUTPUT_MODE = "complete"
ORDERED = True
