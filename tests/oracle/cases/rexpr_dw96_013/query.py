from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.degrees((F.length(col("t")) - F.extract(lit("DOW"), col("dt"))))).withColumn("c2", expr("(i + i)")).withColumn("c3", F.crc32(F.when((col("ts") <= F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), col("d")).otherwise(col("d")).cast("string"))).withColumn("c4", F.when((col("d") == lit(2.0)), col("id")).otherwise(col("id"))).withColumn("c5", (col("m") % F.nullif(col("m"), lit(0))))
OUTPUT_MODE = "append"
