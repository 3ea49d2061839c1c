from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", col("id").cast("boolean")).withColumn("c2", (F.weekday(lit(None).cast("date")) + F.when((col("d") == lit(0.001)), lit(5)).when((~col("b")), col("i")).when((col("f") >= lit(3.75)), col("i")).otherwise(col("i"))).cast("decimal(38,18)"))
OUTPUT_MODE = "append"
