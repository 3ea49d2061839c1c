from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.nullif(col("dt"), F.to_date(lit("2025-03-01")))).withColumn("c2", expr("((i * -1) - i)")).withColumn("c3", expr("(- d)")).withColumn("c4", ((col("s") == lit("")).cast("double") * F.nvl(col("id"), lit(86400).cast("bigint")))).withColumn("c5", (F.when((col("f") < lit(-1.5)), col("n")).otherwise(col("m")) / expr("2.5"))).select("id", "c1", "c2", "c3", "c4", "c5").where("((least(ts, TIMESTAMP'2024-03-01 12:30:00.123456', ts) != dt) OR (t IS NULL))")
OUTPUT_MODE = "append"
