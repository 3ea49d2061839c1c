from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, k BIGINT, b BOOLEAN, j INT, m DECIMAL(12,4), d DOUBLE, s STRING, ts TIMESTAMP, i INT").load(INPUT)
result = df.withColumn("c1", expr("(i % nullif(j, 0))")).withColumn("c2", F.when((col("dt") == F.to_date(lit("2024-02-29"))), col("s")).when(col("dt").isNotNull(), col("s")).otherwise(col("s"))).withColumn("c3", F.year((F.make_date(lit(2024), lit(12), lit(28)) + expr("INTERVAL '1-1' YEAR TO MONTH")))).withColumn("c4", expr("(-3.10 / 7.5)")).withColumn("c5", expr("((i - 0L) * 0)")).drop("dt", "ts", "i").filter((F.isnull(F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) | (col("c1") == lit(0))))
OUTPUT_MODE = "append"
