from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy((col("m") * col("m")).cast("string").alias("k1")).agg((F.max((col("i") * lit(10))) - F.min((col("i") * lit(10)))).alias("a1"), F.round(F.avg(col("i")), 3).alias("a2"), F.sum(F.when(F.isnan(col("d")), F.ascii(F.when(col("n").isNotNull(), col("s")).when((col("j") >= lit(10)), col("s")).when(col("m").isNotNull(), col("s")).otherwise(col("s")))).otherwise(lit(0))).alias("a3"))
OUTPUT_MODE = "update"
