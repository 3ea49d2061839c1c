from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("dt") < F.to_date(lit("2000-01-01")))).groupBy(F.octet_length(col("s")).alias("k1")).agg(F.max(col("d")).alias("a1"), F.min(F.signum(F.when((col("t") == lit(" ")), col("d")).when(col("d").isNotNull(), col("d")).when(col("b"), col("d")).otherwise(col("d")))).alias("a2"))
OUTPUT_MODE = "update"
