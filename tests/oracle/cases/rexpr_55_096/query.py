from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, dt DATE, i INT, f FLOAT, ts TIMESTAMP, s STRING, m DECIMAL(10,2), b BOOLEAN, k BIGINT, t STRING").load(INPUT)
result = df.withColumn("c1", expr("((id * 0) DIV nullif(nullif(i, 2), 0))")).withColumn("c2", F.date_sub(F.to_date(F.date_format(col("dt"), "dd/MM/yyyy"), "dd/MM/yyyy"), F.coalesce(col("i"), lit(3)))).withColumn("c3", F.date_format((F.nullif(F.to_timestamp(lit("2024-02-29 00:00:00")), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) + expr("INTERVAL 1 MONTH")), "MMM d, yyyy")).withColumn("c4", F.trunc(col("dt"), "mon")).drop("dt", "i", "f", "m", "b", "k", "t")
OUTPUT_MODE = "append"
