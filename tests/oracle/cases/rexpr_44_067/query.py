from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, n DECIMAL(9,5), dt DATE, i INT, j INT, m DECIMAL(10,2), ts TIMESTAMP, d DOUBLE, t STRING, k BIGINT, b BOOLEAN").load(INPUT)
result = df.withColumn("c1", expr("(m / nullif(CASE WHEN b THEN n WHEN (id > 3L) THEN m ELSE m END, 0))")).withColumn("c2", F.date_add(F.least(col("dt"), col("dt")), (lit(5) - col("i")))).withColumn("c3", F.weekofyear(F.when((col("b") > col("t").endswith("é")), F.greatest(col("dt"), col("dt"))).otherwise(col("dt")))).withColumn("i", F.nvl2(col("k"), col("j"), lit(0))).drop("n", "j", "m", "ts", "d", "k")
OUTPUT_MODE = "append"
