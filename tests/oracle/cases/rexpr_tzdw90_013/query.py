spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.round(F.round(col("n"), -1)).alias("c1"), (lit(3) * F.length(F.when(col("b"), col("t")).when(col("b"), col("s")).when(col("j").isNotNull(), col("t")).otherwise(col("t")))).alias("c2"))
OUTPUT_MODE = "append"
