from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.date_sub(col("dt"), col("i"))).withColumn("c2", F.when((col("i").isNotNull() | col("b")), F.when(col("b"), col("m")).when(col("b"), lit(.5).cast("decimal(2,1)")).otherwise(col("m"))).when((col("i") < lit(0)), F.abs(col("m"))).when(col("d").isNotNull(), expr("1.25")).otherwise(col("m"))).withColumn("ts", F.timestamp_millis(F.datediff(col("dt"), F.trunc(col("dt"), "WEEK")))).withColumn("c4", (F.date_add(F.when((col("dt") >= F.to_date(lit("2024-02-29"))), col("ts").cast("date")).when((~col("b")), F.trunc(F.to_date(lit("2025-03-01")), "yy")).when(col("b"), col("dt")).otherwise(col("dt")), col("i")) - expr("INTERVAL 1 DAY"))).select("id", "c1", "c2", "c4")
OUTPUT_MODE = "append"
