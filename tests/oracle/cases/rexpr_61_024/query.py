from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(5,3), d DOUBLE, s STRING, ts TIMESTAMP, dt DATE, i INT, j INT, m DECIMAL(7,0), k BIGINT, f FLOAT").load(INPUT)
result = df.withColumn("c1", F.nullif(F.date_format(col("ts"), "yyyy-MM-dd"), lit("Hello"))).withColumn("c2", expr("CAST(year(to_date('2023-12-31')) AS DOUBLE)")).withColumn("c3", expr("CASE WHEN (d <= 2.0D) THEN 'x-y' WHEN (dt IS NOT NULL) THEN s ELSE s END")).withColumn("c4", F.when((col("dt") <= F.to_date(lit("2023-12-31"))), col("d")).otherwise(F.abs(col("f")))).drop("n", "ts", "dt", "i", "j", "m", "k", "f")
OUTPUT_MODE = "append"
