from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", (((col("id") / F.nullif(col("j"), lit(0))) * F.when((col("j") != lit(5)), col("d")).when(col("d").isNotNull(), col("f")).otherwise(col("d"))) + (col("m") - col("m")))).withColumn("c2", F.size(F.split(F.concat_ws(", ", col("s"), col("s"), col("m").cast("string")), "  *"))).withColumn("c3", expr("0L")).filter("(i < 1)")
OUTPUT_MODE = "append"
