from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("k", F.nullif(col("id"), lit(0).cast("bigint"))).withColumn("c2", (F.to_timestamp(lit("1999-12-31 23:59:59.999")) + expr("INTERVAL 1 DAY"))).withColumn("c3", F.to_timestamp(F.date_format(F.when((~col("s").isin(lit(""))), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).when(F.isnull(lit(True)), col("ts")).otherwise(col("ts")), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS")).withColumn("c4", (col("m").cast("double") - col("id"))).withColumn("c5", expr("datediff(date_add(nvl(dt, to_date('2025-03-01')), month(ts)), dt)")).select("id", "c2", "c3", "c4", "c5").where(((col("c4") < col("c5")) | (col("c4") == lit(0.001))))
OUTPUT_MODE = "append"
