from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((m > k) OR (id > -2L))").select("id", F.when(col("i").isNotNull(), col("n")).when(F.when(((col("k") > lit(1000).cast("bigint")) != col("s").isNotNull()), col("s").ilike("H%")).when(col("m").isNotNull(), lit(False)).when((lit("日本") != col("s")), col("i").between(lit(-1), lit(2))).otherwise((col("k") <= lit(86400).cast("bigint"))), col("m")).otherwise(col("m")).alias("c1"), (col("m") * col("m") * col("m") * col("m") * col("m")).alias("c2"), expr("nullif(CASE WHEN (ts <= TIMESTAMP'1999-12-31 23:59:59.999') THEN 0.1D ELSE d END, 0.1D)").alias("c3")).filter(((col("id") != col("c1")) | (col("c1") <= lit(12.345).cast("decimal(5,3)"))))
OUTPUT_MODE = "append"
