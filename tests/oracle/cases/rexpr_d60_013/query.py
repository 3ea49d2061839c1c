from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), j INT, b BOOLEAN, s STRING, i INT, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("j").agg(expr("sum(m) AS a1"), F.sum((col("m") / F.nullif(lit(-1), lit(0)))).alias("a2"), F.max(F.lower(col("s"))).alias("a3"), (F.max(F.nullif(col("i"), lit(0))) - F.min(F.nullif(col("i"), lit(0)))).alias("a4"))
OUTPUT_MODE = "update"
