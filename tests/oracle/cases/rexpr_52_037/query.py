from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, dt DATE, b BOOLEAN, i INT, j INT, ts TIMESTAMP").load(INPUT)
result = df.withColumn("i", F.coalesce(F.when((col("i") >= lit(0)), col("i")).when((col("id") < lit(3).cast("bigint")), lit(1)).when(col("b"), col("i")), lit(3))).withColumn("c2", F.when(F.when(col("b"), col("b")).otherwise(col("b")), F.when((col("f") < lit(float("nan"))), lit(7)).when((col("j") != lit(0)), col("i")).otherwise(col("i"))).when((col("i") == lit(5)), F.when(col("b"), col("j")).when(col("b"), lit(-4)).when(col("b"), col("j")).otherwise(F.size(F.split(col("s"), "  *")))).otherwise(col("j"))).withColumn("c3", expr("(CASE WHEN (dt <= DATE'2023-12-31') THEN n WHEN (id >= -2L) THEN m ELSE m END + (n + n))")).select("id", "c2", "c3").where(col("c3").isNotNull())
OUTPUT_MODE = "append"
