from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.hash(col("d")).try_cast("int").alias("c1"), expr("TRY_CAST(rpad(s, 3, '*') AS INT)").alias("c2"), F.when((col("j") >= col("n")), (col("id") % F.nullif(col("i"), lit(0)))).when(F.when((col("b") | col("b")), col("b")).when((~F.coalesce(col("b"), lit(False))), col("id").isNull()).otherwise(col("s").contains("é")), col("id")).otherwise(F.nullif(col("id"), lit(-2).cast("bigint"))).alias("c3"))
OUTPUT_MODE = "append"
