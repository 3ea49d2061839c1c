from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("i", F.regexp_extract(F.concat(col("s"), col("m").cast("string"), col("s")), "(.)(.)", 0).alias("k2")).agg((F.max((col("i") + lit(0.001))) - F.min((col("i") + lit(0.001)))).alias("a1"), F.sum(F.when((~(col("m") == expr("0.001"))), (lit(10) * lit(1))).otherwise(lit(0))).alias("a2"))
OUTPUT_MODE = "update"
