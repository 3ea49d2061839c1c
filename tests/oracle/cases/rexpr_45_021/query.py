from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("d") <= lit(100.0))).withColumn("c1", F.try_divide((col("id") / F.nullif(F.ifnull(col("j"), lit(0)), lit(0))), F.nullif(F.least(col("i"), lit(-4)), lit(1)))).withColumn("c2", (col("i") - F.when(lit(True), col("id")).when(col("b"), col("id")).when(col("s").isNotNull(), col("id")).otherwise(lit(0).cast("bigint")))).withColumn("c3", col("n")).select("id", "c1", "c2", "c3").filter("(c3 IS NOT NULL)")
OUTPUT_MODE = "append"
