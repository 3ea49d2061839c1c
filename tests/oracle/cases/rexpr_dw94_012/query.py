from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, m DECIMAL(10,2), i INT, j INT, s STRING, d DOUBLE, n DECIMAL(20,0), k BIGINT, b BOOLEAN, t STRING, dt DATE").load(INPUT)
result = df.select("id", "i", F.greatest(F.add_months(col("dt"), col("i")), col("dt")).alias("c1"), F.least(F.when((col("i") <= lit(3)), lit(0.5)).otherwise(col("d")), F.abs(F.log1p(F.abs((col("n") / F.nullif(expr("99.99"), lit(0)))) + lit(1))), F.bround(F.sqrt(F.ceil(col("n"), -1)), -1)).alias("c2"), expr("((5 + 1.25) BETWEEN 12.345 AND 1.25)").alias("c3"), F.datediff(col("dt"), col("dt")).alias("c4")).filter(col("b").isNotNull())
OUTPUT_MODE = "append"
