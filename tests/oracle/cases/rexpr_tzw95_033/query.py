spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.when(F.when(col("b"), col("b")).when(col("b"), col("b")).otherwise(col("b")), (col("i") + lit(-1))).when((col("d") != lit(-1.5)), lit(10)).when((col("k").isNotNull() | col("b")), (col("i") - col("i"))).otherwise(col("i")).alias("k1")).agg(expr("count_if(b) AS a1"), expr("min(s) AS a2"))
OUTPUT_MODE = "update"
