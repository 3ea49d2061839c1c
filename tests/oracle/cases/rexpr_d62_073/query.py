from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(12,4), d DOUBLE, i INT, b BOOLEAN, s STRING, ts TIMESTAMP, dt DATE").load(INPUT)
result = df.where((~F.coalesce(F.when((col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999"))), (col("d") > lit(0.001))).when(col("b"), (col("i") < lit(5))).otherwise((~col("b"))), lit(False)))).select("id", "i", F.when(F.regexp_like(F.format_string("[%5s|%-4d]", col("s"), col("id")), lit("^[A-Z]")), F.nullif(F.right(col("s"), lit(0)), lit("Hello"))).otherwise(F.when(col("b"), col("s")).when(col("b"), col("s"))).alias("c1"), expr("rpad(ucase(substring_index(s, ',', 0)), 6, '*')").alias("c2"))
OUTPUT_MODE = "append"
