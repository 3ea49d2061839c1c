from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, b BOOLEAN, d DOUBLE, m DECIMAL(18,6), i INT, t STRING, n DECIMAL(9,5), dt DATE, ts TIMESTAMP, s STRING, k BIGINT").json(INPUT)
result = df.where((F.greatest(lit(-4), col("i"), col("i")).eqNullSafe(col("n")) | (col("t") < lit(" ")))).withColumn("c1", expr("(i * 0)")).withColumn("c2", (col("id") - col("d"))).drop("b", "t", "n", "dt", "ts")
OUTPUT_MODE = "append"
