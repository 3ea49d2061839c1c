from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, b BOOLEAN, n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP, d DOUBLE, m DECIMAL(12,4)").json(INPUT)
result = df.withColumn("c1", expr("((dt <= ts) OR b)")).withColumn("b", (col("b") & F.date_format(F.to_timestamp(lit("2024-03-01 12:30:00.123456")), "yyyy-MM-dd HH:mm:ss.SSS").rlike("o$"))).withColumn("c3", F.round(F.greatest(((col("m") * col("n")) / F.nullif(col("i"), lit(0))), ((lit(3) * col("i")) - col("n"))), 3)).withColumn("c4", expr("date_add(dt, i)")).withColumn("c5", F.trim(col("ts").cast("string")).rlike("[aeiou]{2}")).select("id", "c1", "c3", "c4", "c5")
OUTPUT_MODE = "append"
