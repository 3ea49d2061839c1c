from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.ifnull(col("i"), lit(12))).withColumn("c2", F.when((col("f") == lit(0.001)), col("id").try_cast("decimal(6,3)")).when((col("f") <= lit(0.001)), F.when(lit(False), col("n")).when(((col("n") != expr("0.5")) & (col("ts") < F.to_timestamp(lit("2024-02-29 00:00:00")))), F.nullif(col("n"), lit(99.99).cast("decimal(4,2)"))).when(col("s").isNotNull(), F.pmod(col("n"), F.nullif(lit(-3.10).cast("decimal(3,2)"), lit(0)))).otherwise(expr("1.25"))).when(((col("ts") == F.to_timestamp(lit("2024-02-29 00:00:00"))) & (col("k") < lit(86400).cast("bigint"))), lit(99.99).cast("decimal(4,2)"))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
