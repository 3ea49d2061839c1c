spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("b").agg(F.max(F.greatest(col("i"), col("s"))).alias("a3"), F.count_if((~(col("b") <= lit(False)))).alias("a1"), F.bool_or(((col("id") == lit(1000).cast("bigint")) | (col("id") < lit(0).cast("bigint")))).alias("a2")).filter("a1 IS NOT NULL").orderBy("b")
OUTPUT_MODE = "complete"
ORDERED = True
