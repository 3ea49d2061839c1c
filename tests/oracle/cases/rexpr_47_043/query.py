from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, t STRING, i INT, m DECIMAL(18,6), ts TIMESTAMP, s STRING, d DOUBLE").load(INPUT)
result = df.groupBy(expr("(- d) AS k1")).agg(F.count_if(F.when((col("t") <= lit(" ")), (col("s") >= lit("x-y"))).when((col("i") > lit(3)), (col("d") > lit(0.001))).otherwise((col("t") >= lit("")))).alias("a1"), expr("max(to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss')) AS a2"))
OUTPUT_MODE = "update"
