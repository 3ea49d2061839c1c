from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.to_timestamp(F.date_format(F.coalesce(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS")).withColumn("c2", F.greatest(F.when(col("b"), col("ts")).when((col("f") == lit(2.0)), col("ts")).otherwise(col("ts")), F.greatest(col("c1"), col("c1"), col("c1")), col("ts"))).withColumn("c3", expr("(substring(hex(id), 1, 10) <= s)"))
OUTPUT_MODE = "append"
