from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(F.coalesce((col("b") & col("dt").isNotNull()), lit(True))).select("id", F.greatest(((col("n") / lit(3)) + F.when((col("m") != lit(-3.10).cast("decimal(3,2)")), col("i")).when(col("j").isNotNull(), col("i")).when(col("b"), col("i")).otherwise(col("i"))), col("m")).alias("c1"), expr("(i * 0)"), expr("(nullif(round(d, -1), CAST('NaN' AS DOUBLE)) + ((d * d) / nullif((5 * i), 0))) AS c3"))
OUTPUT_MODE = "append"
