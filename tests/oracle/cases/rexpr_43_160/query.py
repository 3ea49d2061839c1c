from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(t IS NOT NULL)").select("id", "d", expr("greatest(d, d)").alias("c1"), expr("(ln(d) NOT IN (0.1D, 0.001D, 2.0D))").alias("c2"), expr("(3 * id)").alias("c3"), expr("get(split('é', ','), 1)"), F.floor(F.when(F.abs(F.round(F.months_between(col("ts"), col("ts")), 3)) < lit(1e9), F.round(F.months_between(col("ts"), col("ts")), 3))).alias("c5"))
OUTPUT_MODE = "append"
