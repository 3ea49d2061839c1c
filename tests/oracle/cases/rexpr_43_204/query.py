from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, ts TIMESTAMP, s STRING, m DECIMAL(10,2), d DOUBLE, i INT, j INT, dt DATE").json(INPUT)
result = df.groupBy(col("s").try_cast("int").alias("k1")).agg((F.max(col("d")) - F.min(col("d"))).alias("a1"), F.round(F.avg(F.greatest(F.when((col("j") == lit(10)), col("i")).when((col("t") < lit("abc")), col("i")).when(col("d").isNotNull(), col("i")).otherwise(col("i")), col("i"), col("i"))), 0).alias("a2"), F.bool_or(col("s").endswith(" ")).alias("a3"), F.avg(F.log(10.0, lit(2.0))).alias("a4"), expr("max((NOT i)) AS a5"))
OUTPUT_MODE = "complete"
