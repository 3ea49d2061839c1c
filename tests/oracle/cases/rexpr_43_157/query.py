from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("id") == lit(1).cast("bigint"))).select("id", "dt", col("s").try_cast("double").alias("c1"), expr("date_sub(TRY_CAST(s AS DATE), i)").alias("c2"), F.when(col("i").between(lit(1), lit(0)), F.round(col("d"))).when(col("id").isNotNull(), col("d")).otherwise(lit(2.0)).alias("c3"), ((lit(1) - lit(2)) - col("m")).alias("c4"), F.concat_ws("", col("dt").cast("string"), col("s"))).where("((s = t) OR (t > 'Hello'))")
OUTPUT_MODE = "append"
