from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(n IS NOT NULL)").withColumn("c1", F.when(lit(True), F.when((col("k") <= lit(1).cast("bigint")), col("n")).when(col("d").isNotNull(), col("n")).when((col("j") == lit(0)), col("m"))).otherwise(col("n"))).withColumn("c2", F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))).withColumn("c3", F.concat_ws(", ", F.nullif(col("s"), lit("é")), col("s"))).withColumn("c4", (col("c1") / F.nullif(col("n"), lit(0)))).drop("i", "k", "n")
OUTPUT_MODE = "append"
