from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(m >= 12.345)").select("id", (col("id") % lit(7)).alias("c1"), (col("m") / lit(10)).alias("c2"))
OUTPUT_MODE = "append"
