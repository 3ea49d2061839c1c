from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, t STRING, i INT, m DECIMAL(10,2), dt DATE, ts TIMESTAMP, d DOUBLE, b BOOLEAN").load(INPUT)
result = df.withColumn("c1", F.negative(F.abs(F.when(lit("42").endswith("o"), F.when((col("s") == lit("é")), expr("100BD")).when((col("ts") >= F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("m")).when(col("b"), col("m")).otherwise(col("m"))).when(col("b"), col("m")).when(col("t").isNotNull(), col("m")).otherwise(col("m"))))).withColumn("c2", F.nullifzero(F.nullif(col("m"), expr("0.5"))))
OUTPUT_MODE = "append"
